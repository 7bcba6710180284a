import { NextResponse } from "next/server";
import type { z } from "zod";
import { errorResponse } from "@/lib/http/errors";

/** The public API is read-only and open to any origin. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
} as const;

/** Answers a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** Validates the body against its response schema (so the document cannot lie), then sends it with CORS headers. */
export function apiJson<S extends z.ZodType>(schema: S, body: z.input<S>): NextResponse {
  return NextResponse.json(schema.parse(body), { headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

/** Runs a handler; any thrown HttpError (or bug) becomes the one error shape, with CORS headers too. */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error, { headers: CORS_HEADERS });
  }
}
