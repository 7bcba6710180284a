import { z } from "zod";
import { EVIDENCE_LEVELS } from "@/lib/evidence/level";
import { isoDay as calendarDay, MAX_INT } from "@/lib/validation";
import { HttpError } from "./errors";

/** Query-string pieces shared by the CSV exports and the JSON API, so both accept exactly the same filters. */

const isoDay = calendarDay("Use a date in the form YYYY-MM-DD.");
const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,80}$/, "Use a slug of lowercase letters, digits and dashes.");
const iso3List = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}(,[A-Z]{3})*$/, "Use ISO 3166-1 alpha-3 codes, comma-separated (e.g. KEN,GHA).")
  .transform((value) => [...new Set(value.split(","))]);

export const dateRangeShape = {
  from: isoDay.optional().describe("Earliest event date, inclusive (YYYY-MM-DD)."),
  to: isoDay.optional().describe("Latest event date, inclusive (YYYY-MM-DD)."),
};

/** Filters of the updates log other than the pledge (which the API takes from the path). */
export const updateFilterShape = {
  ...dateRangeShape,
  country: iso3List.optional().describe("ISO 3166-1 alpha-3 codes, comma-separated; an update matches if it names any of them."),
  region: z.string().trim().min(1).max(60).optional().describe("Region of a named country, e.g. Africa."),
  field: slug.optional().describe("Field or workstream slug, e.g. cybercrime."),
  level: z.enum(EVIDENCE_LEVELS).optional().describe("Evidence level: DOCUMENTED, CORROBORATED or SELF_REPORTED."),
};

/** A date range whose end is not before its start. */
export function withDateOrder<S extends z.ZodType<{ from?: string; to?: string }>>(schema: S) {
  return schema.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "The end date comes before the start date." });
}

export const dateRangeQuery = withDateOrder(z.object(dateRangeShape));

export const updateFilterQuery = withDateOrder(
  z.object({ pledge: slug.optional().describe("Pledge slug, e.g. systems-and-labs."), ...updateFilterShape }),
);

/** Documents `as_of` (lib/as-of/day.ts validates it, against today's date): the figures as published at the end of that day. */
export const asOfShape = {
  as_of: z
    .string()
    .optional()
    .describe("A past or present day, YYYY-MM-DD: the figures as published at the end of that day (UTC), before later corrections and with later deletions. A bad or future date is a 400 naming as_of."),
};

export const pagingShape = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe("Rows per page, 1–500."),
  cursor: z.coerce.number().int().min(0).max(MAX_INT).optional().describe("The nextCursor of the previous page."),
};
export const pagingQuery = z.object(pagingShape);

export type DateRange = z.infer<typeof dateRangeQuery>;
export type UpdateFilters = z.infer<typeof updateFilterQuery>;
export type Paging = z.infer<typeof pagingQuery>;

/** Parses URL search params with a zod schema; a bad value becomes a 400 naming each offending parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams, keys?: readonly string[]): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (keys && !keys.includes(key)) continue;
    if (value !== "") raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "query";
    (fields[key] ??= []).push(issue.message);
  }
  const names = Object.keys(fields).join(", ");
  throw new HttpError(400, "invalid_parameter", `Invalid query parameter: ${names}.`, fields);
}
