/**
 * The languages of the site, with no dependencies, so the page cache (server.ts), the proxy and client components can
 * all read them. English is the default and unprefixed (/pledges/training); the others are prefixed (/fr/…, /ar/…).
 */
export const LOCALES = ["en", "fr", "es", "ar", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español", ar: "العربية", zh: "中文" };

/** The BCP 47 tag for `lang` and `hreflang` attributes (Chinese is Simplified). */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", fr: "fr", es: "es", ar: "ar", zh: "zh-Hans" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** A value as a locale: one of ours, else English (the default). */
export const resolveLocale = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

export const textDirection = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");

/** The locale a path (and query) is prefixed with ("/fr/countries" → "fr"), or null for an unprefixed (English) one. */
export function readPathLocale(path: string): Locale | null {
  const first = path.slice(1).split(/[/?]/, 1)[0];
  return isLocale(first) ? first : null;
}

/** The path without its locale prefix ("/fr/countries?x=1" → "/countries?x=1", "/fr" → "/"). */
export function stripLocale(path: string): string {
  const locale = readPathLocale(path);
  if (!locale) return path;
  const rest = path.slice(locale.length + 1);
  return rest === "" || rest.startsWith("?") ? `/${rest}` : rest;
}

const prefixPath = (path: string, locale: Locale) => (path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`);

/** The same page in `locale`: "/countries" → "/fr/countries"; English stays unprefixed. Takes an unprefixed path. */
export function localizePath(path: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? path : prefixPath(path, locale);
}

/**
 * The language switcher's link to `locale`: English too is prefixed, because /en/… redirects to the unprefixed page
 * and remembers the choice, while a plain "/…" would send a reader whose cookie says French back to French.
 */
export const switchLocalePath = (path: string, locale: Locale): string => prefixPath(path, locale);

/** The cookie that remembers a visitor's language, set when they choose one (next-intl's routing uses it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
