import { parse } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";

export const DOCUMENT_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/csv": "csv",
  "text/plain": "txt",
} as const;

export type DocumentMediaType = keyof typeof DOCUMENT_TYPES;

export const ACCEPTED_TYPES_TEXT = "PDF, PNG, JPEG, CSV or plain text";

/** UTF-8 text with no control characters but tab, line feed, form feed and carriage return (no binary in disguise). */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/** CSV when the first lines parse as records of one width, two fields or more; otherwise the text is plain. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  const lines = head.split(/\r?\n/).slice(0, 20);
  if (bytes.length > head.length) lines.pop(); // the last line may be cut
  try {
    const records = parse(lines.join("\n"), { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
    return records.length > 1 && records[0].length > 1 && records.every((r) => r.length === records[0].length);
  } catch {
    return false;
  }
}

/**
 * The document's type from its bytes alone (never its name or the browser's claim): PDF, PNG and JPEG by their
 * signatures (file-type), CSV and plain text as UTF-8 text. Null for anything else.
 */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentMediaType | null> {
  if (bytes.length === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime in DOCUMENT_TYPES ? (detected.mime as DocumentMediaType) : null;
  if (!isPlainText(bytes)) return null;
  return looksLikeCsv(bytes) ? "text/csv" : "text/plain";
}
