import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales";

/**
 * next-intl's routing: the locale comes from the path, then the cookie that choosing a language sets, then
 * Accept-Language (only while no cookie is set). English is unprefixed; /en/… redirects there and remembers English,
 * which is how the language switcher's plain links choose a language without JavaScript.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // hreflang alternates are in each page's <head> (lib/i18n/alternates.ts), which the page cache keeps.
  alternateLinks: false,
});
