// The as-of parameter's links and words, apart from its validation (day.ts, which needs zod): the as-of bar, a
// client component, imports only this, so public pages do not ship zod.

import { FORMAT_TAGS } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

export const AS_OF_PARAM = "as_of";

/** The UTC day of `now`, YYYY-MM-DD. */
export const formatUtcDay = (now: Date) => now.toISOString().slice(0, 10);

/** The day in words for banners, in the page's language: "12 March 2021", "12 mars 2021". UTC, as the day is. */
export function formatAsOfDay(day: string, locale: Locale = DEFAULT_LOCALE): string {
  const format = new Intl.DateTimeFormat(FORMAT_TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return format.format(new Date(`${day}T00:00:00.000Z`));
}

/** `path` with `as_of` set (or removed when null), keeping its other parameters. */
export function withAsOf(path: string, day: string | null): string {
  const [pathname, query = ""] = path.split("?");
  const params = new URLSearchParams(query);
  if (day) params.set(AS_OF_PARAM, day);
  else params.delete(AS_OF_PARAM);
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}
