import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/http/errors";
import { resolveOembed } from "@/lib/embeds/oembed";

export const dynamic = "force-dynamic";

/** GET /api/oembed?url=<pledge page>&format=json: oEmbed 1.0 rich responses (public data, no session). */
export async function GET(request: Request) {
  try {
    const body = await resolveOembed(new URL(request.url).searchParams);
    return NextResponse.json(body, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
  } catch (error) {
    return errorResponse(error);
  }
}
