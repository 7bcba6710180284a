import createIntlMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { LOCALE_COOKIE, localizePath, type Locale } from "./locales";
import { routing } from "./routing";

const handleLocale = createIntlMiddleware(routing);
const MAX_REMEMBERED = 10_000;
const decisions = new Map<string, LocaleRouting>();

export type LocaleRequest = { locale: Locale; localeCookie: string | undefined; acceptLanguage: string | undefined };
/** Whether the routing sends the visitor to another language, and the cookie it sets to remember one. */
export type LocaleRouting = { redirects: boolean; setCookie: string | null };

/**
 * What the language routing does with a page request in `locale`: redirect it to another language (then the page
 * cache leaves it to Next.js, proxy.ts), or let it through, perhaps remembering the language in a cookie (which the
 * cache sends with the page). Asks next-intl's own middleware, with the proxy's routing, so the cache never restates
 * its rule. The answer depends only on the page's language, the cookie and Accept-Language, so it is remembered for
 * each combination.
 */
export function readLocaleRouting(request: LocaleRequest): LocaleRouting {
  const key = `${request.locale}\n${request.localeCookie ?? "\u0000"}\n${request.acceptLanguage ?? "\u0000"}`;
  let routed = decisions.get(key);
  if (routed === undefined) {
    const headers = new Headers({ "sec-fetch-dest": "document" });
    if (request.localeCookie !== undefined) headers.set("cookie", `${LOCALE_COOKIE}=${request.localeCookie}`);
    if (request.acceptLanguage !== undefined) headers.set("accept-language", request.acceptLanguage);
    const response = handleLocale(new NextRequest(new URL(localizePath("/", request.locale), "http://localhost"), { headers }));
    // Expires is dropped: a remembered answer would carry a stale date, and Max-Age, which browsers prefer, stays.
    const setCookie = response.headers.get("set-cookie")?.replace(/;\s*Expires=[^;]*/i, "") ?? null;
    routed = { redirects: response.headers.has("location"), setCookie };
    if (decisions.size >= MAX_REMEMBERED) decisions.clear();
    decisions.set(key, routed);
  }
  return routed;
}

/** The headers a page-cache fill sends, so the routing neither redirects it nor sets it a cookie. */
export const settledLocaleHeaders = (locale: Locale) => ({ cookie: `${LOCALE_COOKIE}=${locale}` });
