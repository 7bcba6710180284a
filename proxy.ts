import { getToken } from "next-auth/jwt";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret, shouldUseSecureCookies } from "@/lib/auth/cookies";
import { isSessionTokenCurrent } from "@/lib/auth/session-token";
import { AS_OF_PARAM, readAsOf, withAsOf } from "@/lib/as-of/day";
import { renderBadAsOfPage } from "@/lib/as-of/request";
import { DEFAULT_LOCALE, localizePath, readPathLocale, stripLocale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

const handleLocale = createIntlMiddleware(routing);

// Every page passes here: next-intl picks the language (path, cookie, Accept-Language) and rewrites to app/[locale].
// It is also a first gate only: it sends anonymous visitors of /admin to sign-in. Every page, server action and route
// handler still checks the session and the permission itself (lib/auth/session.ts, lib/auth/authorize.ts).
// And it answers a public page asked for a bad or future ?as_of= with a real 400, which a page cannot send.
export async function proxy(request: NextRequest) {
  const pathname = stripLocale(request.nextUrl.pathname);
  if (isGatedPath(pathname)) {
    const token = await getToken({ req: request, secret: getAuthSecret(), secureCookie: shouldUseSecureCookies() });
    if (!isSessionTokenCurrent(token)) return refuseAnonymous(request);
  } else if (request.nextUrl.searchParams.has(AS_OF_PARAM) && isAsOfPage(pathname)) {
    const reading = readAsOf(request.nextUrl.searchParams.get(AS_OF_PARAM));
    if (!reading.ok) return renderBadAsOfPage(reading.message, withAsOf(request.nextUrl.pathname + request.nextUrl.search, null));
  }
  return handleLocale(request);
}

const isGatedPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/account/");

// The public pages that read ?as_of= (lib/as-of).
const isAsOfPage = (pathname: string) => /^\/(?:countries(?:\/[^/]+)?|updates|pledges\/[^/]+)?$/.test(pathname);

function refuseAnonymous(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to do this." } }, { status: 401 });
  }
  const url = request.nextUrl.clone();
  url.pathname = localizePath("/signin", readPathLocale(request.nextUrl.pathname) ?? DEFAULT_LOCALE);
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Pages only: API routes, Next.js's own files and every path with a dot (CSV, feeds, images, the data files) skip it.
export const config = { matcher: ["/((?!api/|_next/|.*\\.).*)"] };
