"use client";

import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useSiteLocale } from "@/components/ui/locale";
import { AS_OF_PARAM, formatAsOfDay, formatUtcDay, withAsOf } from "@/lib/as-of/links";
import styles from "./as-of.module.css";

/**
 * On every public page: with `?as_of=`, the banner saying whose figures these are, a link to today's page and the
 * permalink; without it, a way to open the page as of a day and a permalink to it as published today.
 * The page itself reads `as_of` on the server (the proxy refuses a bad one with a 400). A client component only to
 * read the URL while rendering on the server: it needs no script (public pages are served without one), so the
 * permalink is a link to copy, and the day picker a plain GET form.
 */
export function AsOfBar() {
  const t = useTranslations("common.asOf");
  const locale = useSiteLocale();
  const pathname = usePathname();
  const params = useSearchParams();
  // Already checked on the server: the proxy answers a bad or future day with a 400 before this renders.
  const day = params.get(AS_OF_PARAM) || null;
  const here = `${pathname}${params.size ? `?${params}` : ""}`;
  if (day) {
    return (
      <section className={styles.banner} aria-label={t("pastView")} data-testid="as-of-banner">
        <p className={styles.title}>
          <strong>{t("publishedOn", { day: formatAsOfDay(day, locale) })}</strong>
        </p>
        <p>{t("explanation")}</p>
        <p>
          <a href={withAsOf(here, null)}>{t("today")}</a> · <Permalink path={here} label={t("permalink")} />
        </p>
      </section>
    );
  }
  const kept = [...params.entries()].filter(([name]) => name !== AS_OF_PARAM && name !== "page");
  return (
    <div className={styles.bar}>
      <form method="get" action={pathname} aria-label={t("formLabel")}>
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          {t("field")} <input type="date" name={AS_OF_PARAM} required />
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      <Permalink path={withAsOf(here, formatUtcDay(new Date()))} label={t("permalinkToday")} />
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
