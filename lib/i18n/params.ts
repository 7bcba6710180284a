import { notFound } from "next/navigation";
import { getLocale, setRequestLocale } from "next-intl/server";
import { isLocale, resolveLocale, type Locale } from "./locales";

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

/**
 * The current request's locale (next-intl's, typed), for a server component its page does not hand one, and for a
 * server action: the language of the page it was posted from (the proxy tells next-intl, as for the page itself), so
 * the action answers in it. English outside a request (a script, a test calling the data layer's actions).
 */
export async function readRequestLocale(): Promise<Locale> {
  return resolveLocale(await getLocale().catch(() => null));
}
