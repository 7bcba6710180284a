// The as-of parameter's links and words, apart from its validation (day.ts, which needs zod): the as-of bar, a
// client component, imports only this, so public pages do not ship zod.

export const AS_OF_PARAM = "as_of";

/** The UTC day of `now`, YYYY-MM-DD. */
export const formatUtcDay = (now: Date) => now.toISOString().slice(0, 10);

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
