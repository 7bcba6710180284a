import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

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
