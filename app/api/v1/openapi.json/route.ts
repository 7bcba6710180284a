import { getOpenApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS, preflight } from "@/lib/api/respond";

export function GET() {
  return Response.json(getOpenApiDocument(), { headers: CORS_HEADERS });
}

export const OPTIONS = preflight;
