import { describe, expect, it } from "vitest";
import { detectDocumentType } from "./detect";

const bytes = (text: string) => new TextEncoder().encode(text);
const PDF = bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

describe("detectDocumentType", () => {
  it("recognises PDF, PNG and JPEG by their signatures", async () => {
    expect(await detectDocumentType(PDF)).toBe("application/pdf");
    expect(await detectDocumentType(PNG)).toBe("image/png");
    expect(await detectDocumentType(JPEG)).toBe("image/jpeg");
  });

  it("tells CSV from plain text by the content", async () => {
    expect(await detectDocumentType(bytes("country,officers\nKEN,12\nGHA,30\n"))).toBe("text/csv");
    expect(await detectDocumentType(bytes("Minutes of the meeting.\nThe course trained 40 officers, in Nairobi.\n"))).toBe("text/plain");
  });

  it("goes by the bytes, never the name: a text file renamed report.pdf is plain text", async () => {
    const renamed = new File([bytes("Not a PDF at all, whatever the name says.\n")], "report.pdf", { type: "application/pdf" });
    expect(await detectDocumentType(new Uint8Array(await renamed.arrayBuffer()))).toBe("text/plain");
  });

  it("refuses other types, binary and empty files", async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const gif = bytes("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;");
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const file of [zip, gif, elf, Uint8Array.from([0xff, 0xfe, 0x00, 0x01]), new Uint8Array(0)]) {
      expect(await detectDocumentType(file)).toBeNull();
    }
  });
});
