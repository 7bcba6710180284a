import { isoDay } from "@/lib/validation";

/** A past or present day the public asks about: `?as_of=YYYY-MM-DD`. `end` is the start of the next UTC day. */
export type AsOf = { day: string; end: Date };

export const AS_OF_PARAM = "as_of";

const DAY_MS = 86_400_000;
const FORMAT_MESSAGE = "Use a date in the form YYYY-MM-DD, e.g. 2021-03-12.";

/** The UTC day of `now`, YYYY-MM-DD. */
export const formatUtcDay = (now: Date) => now.toISOString().slice(0, 10);

function asOfSchema(now: Date) {
  const today = formatUtcDay(now);
  return isoDay(FORMAT_MESSAGE).refine((day) => day <= today, `That day has not ended yet: use a date up to today (${today}).`);
}

/** The as-of of a day already validated (a cache key, a test): it ends at the next UTC midnight. */
export const asOfFromDay = (day: string): AsOf => ({ day, end: new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS) });

export type AsOfReading = { ok: true; asOf: AsOf | null } | { ok: false; message: string };

/**
 * Reads `as_of` as pages, the CSV exports and the API take it: absent or empty means today's figures; otherwise a
 * real calendar day, not after today (UTC). A repeated parameter counts by its first value, as every query reader does.
 */
export function readAsOf(value: string | string[] | null | undefined, now: Date = new Date()): AsOfReading {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === "") return { ok: true, asOf: null };
  const parsed = asOfSchema(now).safeParse(raw);
  if (!parsed.success) return { ok: false, message: `Invalid ${AS_OF_PARAM}: ${parsed.error.issues[0].message}` };
  return { ok: true, asOf: asOfFromDay(parsed.data) };
}

/** The day in words for banners: "12 March 2021". */
export function formatAsOfDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

// Spelled out rather than Intl: the banner renders on the server and in the browser, and must read the same in both.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `path` with `as_of` set (or removed when null), keeping its other parameters. */
export function withAsOf(path: string, day: string | null): string {
  const [pathname, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  if (day) params.set(AS_OF_PARAM, day);
  else params.delete(AS_OF_PARAM);
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}
