"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { AS_OF_PARAM, formatAsOfDay, formatUtcDay, withAsOf } from "@/lib/as-of/links";
import type { Locale } from "@/lib/i18n/locales";
import { fillSlot } from "@/lib/i18n/slots";
import styles from "./as-of.module.css";

/**
 * The bar's words in the page's language, worded on the server (app/[locale]/(site)/(public)/layout.tsx):
 * `publishedOn` is the heading around the day, which only the URL gives (lib/i18n/slots.ts).
 */
export type AsOfWords = {
  pastView: string;
  publishedOn: string[];
  explanation: string;
  today: string;
  permalink: string;
  formLabel: string;
  field: string;
  show: string;
  permalinkToday: string;
};

/**
 * On every public page: with `?as_of=`, the banner saying whose figures these are, a link to today's page and the
 * permalink; without it, a way to open the page as of a day and a permalink to it as published today.
 * The page itself reads `as_of` on the server (the proxy refuses a bad one with a 400). A client component only to
 * read the URL while rendering on the server: it needs no script (public pages are served without one), so the
 * permalink is a link to copy, and the day picker a plain GET form.
 */
export function AsOfBar({ locale, words }: { locale: Locale; words: AsOfWords }) {
  const pathname = usePathname();
  const params = useSearchParams();
  // Already checked on the server: the proxy answers a bad or future day with a 400 before this renders.
  const day = params.get(AS_OF_PARAM) || null;
  const here = `${pathname}${params.size ? `?${params}` : ""}`;
  if (day) {
    return (
      <section className={styles.banner} aria-label={words.pastView} data-testid="as-of-banner">
        <p className={styles.title}>
          <strong>{fillSlot(words.publishedOn, formatAsOfDay(day, locale))}</strong>
        </p>
        <p>{words.explanation}</p>
        <p>
          <a href={withAsOf(here, null)}>{words.today}</a> · <Permalink path={here} label={words.permalink} />
        </p>
      </section>
    );
  }
  const kept = [...params.entries()].filter(([name]) => name !== AS_OF_PARAM && name !== "page");
  return (
    <div className={styles.bar}>
      <form method="get" action={pathname} aria-label={words.formLabel}>
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          {words.field} <input type="date" name={AS_OF_PARAM} required />
        </label>
        <button type="submit">{words.show}</button>
      </form>
      <Permalink path={withAsOf(here, formatUtcDay(new Date()))} label={words.permalinkToday} />
    </div>
  );
}

/**
 * The page's as-of permalink, as a link to copy. On today's page it is pinned to the day the page was rendered: a
 * cached page is re-rendered after every public change, so that day's figures are still today's.
 */
function Permalink({ path, label }: { path: string; label: string }) {
  return (
    <a href={path} className={styles.copy} rel="bookmark" data-testid="permalink">
      {label}
    </a>
  );
}
