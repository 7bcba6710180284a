/** A minimal PDF and a multipart upload request of one file, as the evidence form sends it. */
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export function uploadRequest(bytes: Uint8Array, name: string, type = "application/octet-stream") {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return new Request("http://localhost/api/documents", { method: "POST", body: form });
}

