import { can, type SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { recordId } from "@/lib/validation";
import { isPublicUpdate } from "@/lib/updates/visibility";
import { DOCUMENT_TYPES, type DocumentMediaType } from "./detect";

export type DocumentDownload = { sha256: string; mediaType: string; fileName: string; content: Uint8Array; isPublic: boolean };

export const DOCUMENT_NOT_FOUND = "No document has this id, or it is not public.";

/**
 * A document for download. Editors and admins may read any (internal ones, drafts' uploads); everyone else only a
 * document of a public item on an update that is published now. Anything else is a 404, which says nothing of whether
 * the document exists.
 */
export async function readDocumentForDownload(id: number, viewer: SessionUser | null): Promise<DocumentDownload> {
  const document = await db.document.findUnique({
    where: { id },
    select: {
      sha256: true,
      mediaType: true,
      fileName: true,
      evidence: { where: { visibility: "PUBLIC" }, select: { update: { select: { state: true, deletedAt: true } } } },
    },
  });
  if (!document) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  const isPublic = document.evidence.some((e) => isPublicUpdate(e.update));
  if (!isPublic && !can(viewer, "evidence:internal")) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  const blob = await db.documentBlob.findUnique({ where: { documentId: id }, select: { content: true } });
  if (!blob) throw new NotFoundError(DOCUMENT_NOT_FOUND);
  return { sha256: document.sha256, mediaType: document.mediaType, fileName: document.fileName, content: blob.content, isPublic };
}

/** The download's headers: an attachment that no browser renders or sniffs, of the type found at upload. */
export function documentHeaders(doc: Pick<DocumentDownload, "sha256" | "mediaType" | "fileName" | "isPublic">, id: number): Headers {
  const extension = DOCUMENT_TYPES[doc.mediaType as DocumentMediaType] ?? "bin";
  const stem = doc.fileName.replace(/\.[^.]*$/, "") || "document";
  const name = `${stem}.${extension}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Headers({
    "Content-Type": doc.mediaType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "Content-Security-Policy": "sandbox",
    "X-Content-Type-Options": "nosniff",
    ETag: `"${doc.sha256}"`,
    // Public documents are revalidated on every use, so one stops being served as soon as its update is not public.
    "Cache-Control": doc.isPublic ? "public, no-cache" : "private, no-store",
    "X-Document-Id": String(id),
  });
}

/** GET /api/documents/{id} (documented in lib/api/openapi.ts): the bytes as an attachment, 304 for a current ETag, else a 404. */
export async function serveDocumentDownload(options: { request: Request; id: string; getUser: () => Promise<SessionUser | null> }): Promise<Response> {
  try {
    const parsed = recordId().safeParse(options.id);
    if (!parsed.success) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    const doc = await readDocumentForDownload(parsed.data, await options.getUser());
    const headers = documentHeaders(doc, parsed.data);
    if (options.request.headers.get("if-none-match") === headers.get("ETag")) return new Response(null, { status: 304, headers });
    headers.set("Content-Length", String(doc.content.byteLength));
    return new Response(doc.content as Uint8Array<ArrayBuffer>, { status: 200, headers });
  } catch (error) {
    return errorResponse(error, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
  }
}
