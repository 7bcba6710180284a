import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { storeUploadedDocument } from "@/lib/evidence/upload";
import { errorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/**
 * Upload of one evidence document (multipart, field `file`), streamed with this route's own 20 MB limit: a route
 * handler reads its body itself, so server actions keep their small default limit. Answers the stored metadata.
 */
export async function POST(request: Request) {
  try {
    const document = await storeUploadedDocument(await getCurrentUser(), request);
    return NextResponse.json(document, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, { headers: { "Cache-Control": "no-store", Connection: "close" } });
  }
}
