import { getCurrentUser } from "@/lib/auth/session";
import { serveDocumentDownload } from "@/lib/evidence/documents";

export const dynamic = "force-dynamic";

/** Downloads an evidence document as an attachment (lib/evidence/documents.ts decides who may). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveDocumentDownload({ request, id: (await params).id, getUser: getCurrentUser });
}
