import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret, shouldUseSecureCookies } from "@/lib/auth/cookies";
import { isSessionTokenCurrent } from "@/lib/auth/session-token";
import { AS_OF_PARAM, readAsOf, withAsOf } from "@/lib/as-of/day";
import { renderBadAsOfPage } from "@/lib/as-of/request";

// A first gate only: it sends anonymous visitors of /admin to sign-in. Every page, server action and route handler
// still checks the session and the permission itself (lib/auth/session.ts, lib/auth/authorize.ts).
// It also answers a public page asked for a bad or future ?as_of= with a real 400, which a page cannot send.
export async function proxy(request: NextRequest) {
  if (!isGatedPath(request.nextUrl.pathname)) return checkAsOf(request);
  const token = await getToken({ req: request, secret: getAuthSecret(), secureCookie: shouldUseSecureCookies() });
  if (isSessionTokenCurrent(token)) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") {
    return NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to do this." } }, { status: 401 });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

const isGatedPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/account/");

function checkAsOf(request: NextRequest) {
  const reading = readAsOf(request.nextUrl.searchParams.get(AS_OF_PARAM));
  if (reading.ok) return NextResponse.next();
  return renderBadAsOfPage(reading.message, withAsOf(request.nextUrl.pathname + request.nextUrl.search, null));
}

// The public pages that read ?as_of= (lib/as-of), only when the parameter is present: other requests skip the proxy.
// Literals: Next.js reads this config statically.
export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/account/:path*",
    { source: "/", has: [{ type: "query", key: "as_of" }] },
    { source: "/pledges/:slug", has: [{ type: "query", key: "as_of" }] },
    { source: "/countries", has: [{ type: "query", key: "as_of" }] },
    { source: "/countries/:iso3", has: [{ type: "query", key: "as_of" }] },
    { source: "/updates", has: [{ type: "query", key: "as_of" }] },
  ],
};
