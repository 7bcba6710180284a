import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { validationMessage as v } from "@/lib/i18n/validation";

/**
 * Ids and versions are 32-bit integer columns. PostgreSQL answers a larger value with an error (a 500), not with
 * "not found", so forms and query strings are held to the range here.
 */
export const MAX_INT = 2_147_483_647;

/** A row id or version from a form or a query string. */
export const recordId = (message?: string) =>
  z.coerce.number(message ? { error: message } : undefined).int(message).positive(message).max(MAX_INT, message ?? v("common.noSuchRecord"));

// Years the databases store: PostgreSQL has no year 0, and an exclusive end day after 9999-12-31 has a 5-digit year.
const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9998-12-31";
const inYearRange = (text: string) => text.slice(0, 10) >= FIRST_DAY && text.slice(0, 10) <= LAST_DAY;
const RANGE_MESSAGE = v("common.dateRange", { first: FIRST_DAY, last: LAST_DAY });

/** A calendar day, YYYY-MM-DD, in the range both databases store. */
export const isoDay = (message: string) => z.iso.date(message).refine(inYearRange, RANGE_MESSAGE);

/** An ISO date-time (UTC, as forms render a row's updatedAt), in the same range. */
export const isoDateTime = (message: string) => z.iso.datetime(message).refine(inYearRange, RANGE_MESSAGE);

/** Zod issues as { "field.path": messages }, the shape forms show next to their fields. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses or throws a ValidationError carrying the field errors. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
  return parsed.data;
}
