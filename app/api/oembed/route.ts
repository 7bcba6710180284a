import { NextResponse } from "next/server";
import { CORS_HEADERS, handleApi } from "@/lib/api/respond";
import { OembedSchema, resolveOembed } from "@/lib/embeds/oembed";

export const dynamic = "force-dynamic";

/**
 * GET /api/oembed?url=<pledge page, in any of its languages>&format=json: oEmbed 1.0 rich responses (public data, no
 * session), checked against the schema the OpenAPI document publishes.
 */
export async function GET(request: Request) {
  return handleApi(async () => {
    const body = OembedSchema.parse(await resolveOembed(new URL(request.url).searchParams));
    return NextResponse.json(body, { headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=300" } });
  });
}
