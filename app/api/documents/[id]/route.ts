import { getCurrentUser } from "@/lib/auth/session";
import { documentHeaders, readDocumentForDownload } from "@/lib/evidence/documents";
import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { recordId } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Downloads an evidence document as an attachment (lib/evidence/documents.ts decides who may). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const parsed = recordId().safeParse((await params).id);
    if (!parsed.success) throw new NotFoundError("No document has this id, or it is not public.");
    const doc = await readDocumentForDownload(parsed.data, await getCurrentUser());
    const headers = documentHeaders(doc, parsed.data);
    if (request.headers.get("if-none-match") === headers.get("ETag")) return new Response(null, { status: 304, headers });
    headers.set("Content-Length", String(doc.content.byteLength));
    return new Response(doc.content as Uint8Array<ArrayBuffer>, { status: 200, headers });
  } catch (error) {
    return errorResponse(error, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
  }
}
