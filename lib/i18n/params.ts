import { notFound } from "next/navigation";
import { getLocale, setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/**
 * The locale of a page under app/[locale], from its params. The proxy only ever rewrites to a known locale, so an
 * unknown one is a 404. Also tells next-intl the locale, so server components read it without the request headers.
 */
export async function readPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The current request's locale, for a server component its page does not hand one (next-intl's, typed). */
export async function readRequestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
