"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, stripLocale, switchLocalePath, type Locale } from "@/lib/i18n/locales";
import styles from "./site.module.css";

/**
 * The same page in every language, as plain links that work without JavaScript (public pages ship none). Following
 * one remembers the choice (lib/i18n/routing.ts). A client component only to read the path and query; its label
 * comes from the server (components/site/header.tsx).
 */
export function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  const query = useSearchParams()?.toString();
  const path = stripLocale(usePathname() ?? "/") + (query ? `?${query}` : "");
  return (
    <nav aria-label={label} className={styles.languages}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={switchLocalePath(path, locale)}
              hrefLang={LOCALE_TAGS[locale]}
              lang={LOCALE_TAGS[locale]}
              aria-current={locale === current ? "true" : undefined}
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
