import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { ACCEPTED_TYPES_TEXT, detectDocumentType } from "./detect";
import { PRUNE_BATCH_ON_UPLOAD, pruneOrphanDocuments } from "./prune";

/** The upload route's own body limit (20 MB per document); every other route keeps Next's defaults. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const MULTIPART_OVERHEAD = 64 * 1024;

export type UploadedDocument = { id: number; sha256: string; mediaType: string; byteSize: number; fileName: string };

const tooLarge = () => new HttpError(413, "too_large", `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Upload a smaller file.`);

/** A file name safe to store and to echo back to editors: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return base.slice(-200) || "document";
}

type Received = { bytes: Buffer; sha256: string; fileName: string };

/** Streams the one file of a multipart body through busboy, hashing as it goes; refuses past the limit. */
function receiveFile(request: Request): Promise<Received> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return Promise.reject(new ValidationError({ file: ["Send the document as multipart/form-data in a field named file."] }));
  }
  if (!request.body) return Promise.reject(new ValidationError({ file: ["Choose a document to upload."] }));
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<Received>((resolve, reject) => {
    let received: Received | null = null;
    let failure: Error | null = null;
    const fail = (error: Error) => {
      failure ??= error;
      body.unpipe(parser);
      body.destroy();
      reject(failure);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: MAX_DOCUMENT_BYTES, fields: 5, parts: 6 } });
    } catch {
      return reject(new ValidationError({ file: ["The upload is not a valid multipart form."] }));
    }
    parser.on("file", (field, stream, info) => {
      if (field !== "file") {
        stream.resume();
        return;
      }
      const hash = createHash("sha256");
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        hash.update(chunk);
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(tooLarge()));
      stream.on("error", (error: Error) => fail(new ValidationError({ file: [`The upload was cut off or malformed (${error.message}). Nothing was saved; try again.`] })));
      stream.on("end", () => {
        if (!failure) received = { bytes: Buffer.concat(chunks), sha256: hash.digest("hex"), fileName: cleanFileName(info.filename ?? "") };
      });
    });
    parser.on("filesLimit", () => fail(new ValidationError({ file: ["Upload one document at a time."] })));
    parser.on("error", (error: Error) => fail(new ValidationError({ file: [`The upload was cut off or malformed (${error.message}). Nothing was saved; try again.`] })));
    // A client that goes away mid-body errors the request stream: nothing was written, nothing is.
    body.on("error", () => fail(new ValidationError({ file: ["The upload was interrupted. Nothing was saved; try again."] })));
    parser.on("close", () => {
      if (failure) return;
      if (!received) return reject(new ValidationError({ file: ["Choose a document to upload."] }));
      resolve(received);
    });
    body.pipe(parser);
  });
}

/**
 * The upload is a cookie-authenticated POST that no server-action check covers: a page on another site must not be able
 * to make a signed-in editor's browser upload files. Browsers send Sec-Fetch-Site and Origin on cross-site POSTs.
 */
function refuseCrossSite(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  const crossOrigin = origin !== null && (origin === "null" || (host !== null && URL.canParse(origin) && new URL(origin).host !== host));
  if ((site !== null && site !== "same-origin") || crossOrigin) throw new ForbiddenError("Uploads are accepted from this site's own pages only.");
}

/**
 * Stores an uploaded evidence document: streamed and hashed, its type detected from the bytes, metadata and bytes
 * written in one transaction only once the whole body arrived. An interrupted or refused upload leaves no row; an
 * upload never attached to an evidence item is pruned a day later (prune.ts).
 */
export async function storeUploadedDocument(actor: SessionUser | null, request: Request): Promise<UploadedDocument> {
  refuseCrossSite(request);
  await authorize(db, actor, "update:create");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD) throw tooLarge();
  const file = await receiveFile(request);
  const mediaType = await detectDocumentType(file.bytes);
  if (!mediaType) {
    throw new HttpError(415, "unsupported_type", `This file is not a ${ACCEPTED_TYPES_TEXT} document (judged from its content, not its name). Nothing was saved.`, {
      file: [`Only ${ACCEPTED_TYPES_TEXT} documents are accepted.`],
    });
  }
  const stored = await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "update:create");
    const document = await tx.document.create({
      data: { sha256: file.sha256, mediaType, byteSize: file.bytes.length, fileName: file.fileName, uploadedById: user.id, blob: { create: { content: new Uint8Array(file.bytes) } } },
      select: { id: true, sha256: true, mediaType: true, byteSize: true, fileName: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "document.upload", entityType: "document", entityId: document.id, after: document });
    return document;
  });
  // Each upload clears a few abandoned ones; the upload itself is saved whatever this does.
  await pruneOrphanDocuments({ limit: PRUNE_BATCH_ON_UPLOAD }).catch((error: unknown) => console.error("documents: pruning orphan uploads failed", error));
  return stored;
}
