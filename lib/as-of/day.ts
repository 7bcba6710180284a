import { formatValidationMessage } from "@/lib/i18n/validation";
import { isoDay } from "@/lib/validation";
import { AS_OF_PARAM, formatUtcDay } from "./links";

export { AS_OF_PARAM, formatAsOfDay, formatUtcDay, withAsOf } from "./links";

/** A past or present day the public asks about: `?as_of=YYYY-MM-DD`. `end` is the start of the next UTC day. */
export type AsOf = { day: string; end: Date };

const DAY_MS = 86_400_000;
const FORMAT_MESSAGE = "Use a date in the form YYYY-MM-DD, e.g. 2021-03-12.";

function asOfSchema(now: Date) {
  const today = formatUtcDay(now);
  return isoDay(FORMAT_MESSAGE).refine((day) => day <= today, `That day has not ended yet: use a date up to today (${today}).`);
}

/** The as-of of a day already validated (a cache key, a test): it ends at the next UTC midnight. */
export const asOfFromDay = (day: string): AsOf => ({ day, end: new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS) });

/** A refusal says why (`reason`, for pages in the reader's language) and, in English, `message` (the API's, the CSV's). */
export type AsOfReading = { ok: true; asOf: AsOf | null } | { ok: false; message: string; reason: "format" | "future"; today: string };

/**
 * Reads `as_of` as pages, the CSV exports and the API take it: absent or empty means today's figures; otherwise a
 * real calendar day, not after today (UTC). A repeated parameter counts by its first value, as every query reader does.
 */
export function readAsOf(value: string | string[] | null | undefined, now: Date = new Date()): AsOfReading {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === "") return { ok: true, asOf: null };
  const parsed = asOfSchema(now).safeParse(raw);
  if (!parsed.success) {
    const reason = isoDay(FORMAT_MESSAGE).safeParse(raw).success ? "future" : "format";
    return { ok: false, message: `Invalid ${AS_OF_PARAM}: ${formatValidationMessage(parsed.error.issues[0].message)}`, reason, today: formatUtcDay(now) };
  }
  return { ok: true, asOf: asOfFromDay(parsed.data) };
}
