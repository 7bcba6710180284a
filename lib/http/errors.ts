import { NextResponse } from "next/server";
// Relative, as lib/errors.ts imports this file (see there).
import { formatFieldErrors, formatValidationMessage } from "../i18n/validation";

/** Every HTTP error this app returns has this one shape. */
export type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]> } };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Sent as Retry-After: the request may succeed if repeated after this many seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function errorResponse(error: unknown, init: { headers?: HeadersInit } = {}): NextResponse<ApiError> {
  if (error instanceof HttpError) {
    const headers = new Headers(init.headers);
    if (error.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.retryAfterSeconds));
    return NextResponse.json(
      // Validation messages are catalogue keys (lib/i18n/validation.ts): the API answers in English.
      { error: { code: error.code, message: formatValidationMessage(error.message), ...(error.fields ? { fields: formatFieldErrors(error.fields) } : {}) } },
      { status: error.status, headers },
    );
  }
  console.error(error);
  return NextResponse.json(
    { error: { code: "internal_error", message: "Something went wrong on our side." } },
    { status: 500, headers: init.headers },
  );
}
