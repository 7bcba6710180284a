import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, provider } from "@/lib/db";
import { documentHeaders, readDocumentForDownload } from "@/lib/evidence/documents";
import { MAX_DOCUMENT_BYTES, storeUploadedDocument } from "@/lib/evidence/upload";
import { PDF_BYTES, uploadRequest } from "./documents";
import { createActor } from "./helpers";

// Documents: streamed uploads with the type taken from the bytes, stored with their sha256 in the blob table, served
// back byte for byte; a refused or interrupted upload leaves no row.

const countDocuments = async () => ({ documents: await db.document.count(), blobs: await db.documentBlob.count() });

/** A multipart body that stops after `cut` bytes of the file: with an error (client gone) or a clean end (truncated). */
function cutRequest(options: { cut: number; end: "error" | "close" }) {
  const boundary = "----cut-upload";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
      controller.enqueue(PDF_BYTES.subarray(0, options.cut));
    },
    pull(controller) {
      if (options.end === "error") controller.error(new Error("client went away"));
      else controller.close();
    },
  });
  return new Request("http://localhost/api/documents", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    duplex: "half",
  } as RequestInit);
}

describe(`evidence documents on ${provider}`, () => {
  it("stores an upload with its sha256 and the type found in its bytes, and serves the same bytes back", async () => {
    const editor = await createActor("EDITOR");
    const stored = await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "Annual report.pdf", "text/html"));
    expect(stored).toMatchObject({ mediaType: "application/pdf", byteSize: PDF_BYTES.length, fileName: "Annual report.pdf" });
    expect(stored.sha256).toBe(createHash("sha256").update(PDF_BYTES).digest("hex"));

    const download = await readDocumentForDownload(stored.id, editor);
    expect(Buffer.from(download.content).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(createHash("sha256").update(download.content).digest("hex")).toBe(stored.sha256);
    const headers = documentHeaders(download, stored.id);
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="Annual report.pdf"/);
    expect(headers.get("content-security-policy")).toBe("sandbox");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("goes by the bytes: a text file named .pdf is stored as plain text, an executable is refused with nothing stored", async () => {
    const editor = await createActor("EDITOR");
    const text = await storeUploadedDocument(editor, uploadRequest(new TextEncoder().encode("Not a PDF.\n"), "report.pdf", "application/pdf"));
    expect(text.mediaType).toBe("text/plain");
    expect(documentHeaders({ ...text, isPublic: false }, text.id).get("content-disposition")).toMatch(/filename="report.txt"/);

    const before = await countDocuments();
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
    const refused = await storeUploadedDocument(editor, uploadRequest(elf, "scan.pdf", "application/pdf")).catch((e) => e);
    expect(refused).toMatchObject({ status: 415, message: expect.stringMatching(/PDF, PNG, JPEG, CSV or plain text/) });
    expect(await countDocuments()).toEqual(before);
  });

  it("refuses a document over 20 MB, and anonymous uploads, storing nothing", async () => {
    const editor = await createActor("EDITOR");
    const before = await countDocuments();
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    const refused = await storeUploadedDocument(editor, uploadRequest(big, "big.txt")).catch((e) => e);
    expect(refused).toMatchObject({ status: 413 });
    expect(await storeUploadedDocument(null, uploadRequest(PDF_BYTES, "a.pdf")).catch((e) => e)).toMatchObject({ status: 401 });
    expect(await countDocuments()).toEqual(before);
  });

  it("refuses an upload sent from another site's page (cross-site request forgery), storing nothing", async () => {
    const editor = await createActor("EDITOR");
    const before = await countDocuments();
    for (const headers of [{ origin: "https://evil.example", host: "tracker.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null", host: "tracker.example" }]) {
      const request = uploadRequest(PDF_BYTES, "a.pdf");
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      expect(await storeUploadedDocument(editor, request).catch((e) => e)).toMatchObject({ status: 403 });
    }
    const same = uploadRequest(PDF_BYTES, "a.pdf");
    same.headers.set("origin", "https://tracker.example");
    same.headers.set("host", "tracker.example");
    same.headers.set("sec-fetch-site", "same-origin");
    expect((await storeUploadedDocument(editor, same)).mediaType).toBe("application/pdf");
    expect((await countDocuments()).documents).toBe(before.documents + 1);
  });

  it("leaves no row when the upload is interrupted or cut short", async () => {
    const editor = await createActor("EDITOR");
    const before = await countDocuments();
    for (const end of ["error", "close"] as const) {
      const error = await storeUploadedDocument(editor, cutRequest({ cut: 20, end })).catch((e) => e);
      expect(error).toMatchObject({ status: 422 });
      expect(error.fields.file[0]).toMatch(/interrupted|cut off/);
    }
    expect(await countDocuments()).toEqual(before);
  });
});
