// Relative, not "@/": lib/db/sqlite-adapter.ts imports this file, and the Prisma CLI loads that without path aliases.
import { HttpError } from "./http/errors";

/**
 * Typed failures of the data layer. They extend HttpError, so route handlers answer them with errorResponse(). Their
 * messages may be keys of the validation catalogue (lib/i18n/validation.ts): errorResponse() answers in English, a form
 * in its page's language (toFormState).
 */

export class UnauthenticatedError extends HttpError {
  constructor(message = "errors.signIn") {
    super(401, "unauthenticated", message);
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = "errors.forbidden") {
    super(403, "forbidden", message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends HttpError {
  constructor(message = "errors.notFound") {
    super(404, "not_found", message);
    this.name = "NotFoundError";
  }
}

export class ValidationError extends HttpError {
  // Field messages and this one are keys of the validation catalogue (lib/i18n/validation.ts), put into the reader's
  // language by the form's action and into English by errorResponse().
  constructor(fields: Record<string, string[]>, message = "common.check") {
    super(422, "invalid", message, fields);
    this.name = "ValidationError";
  }
}

export type Change = { field: string; from: string; to: string };

/** An edit based on a version that someone else changed meanwhile. Carries what changed, so nothing is lost silently. */
export class ConflictError extends HttpError {
  constructor(
    message: string,
    readonly changes: Change[] = [],
  ) {
    super(409, "conflict", message);
    this.name = "ConflictError";
  }
}

/** Too many attempts in a while (throttling): refused without being tried; may succeed after `retryAfterSeconds`. */
export class TooManyAttemptsError extends HttpError {
  constructor(message: string, retryAfterSeconds: number) {
    super(429, "too_many_attempts", message, undefined, retryAfterSeconds);
    this.name = "TooManyAttemptsError";
  }
}

/** The database is taken by a long write (an import) for longer than a request should wait. Nothing was written. */
export class BusyError extends HttpError {
  constructor(message = "The database is busy with another change, such as an import. Nothing was saved; try again in a moment.") {
    super(503, "busy", message, undefined, 5);
    this.name = "BusyError";
  }
}
