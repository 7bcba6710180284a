import { LOCALE_TAGS, LOCALES, localizePath, type Locale } from "./locales";

/**
 * A page's canonical URL in its own language and its hreflang alternates (every language, and English as x-default),
 * for `metadata.alternates`. Takes the page's unprefixed path ("/countries").
 */
export function buildLanguageAlternates(path: string, locale: Locale) {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [LOCALE_TAGS[l], localizePath(path, l)]));
  languages["x-default"] = path;
  return { canonical: localizePath(path, locale), languages };
}
