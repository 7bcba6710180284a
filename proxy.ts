import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret, shouldUseSecureCookies } from "@/lib/auth/cookies";
import { isSessionTokenCurrent } from "@/lib/auth/session-token";

// A first gate only: it sends anonymous visitors of /admin to sign-in. Every page, server action and route handler
// still checks the session and the permission itself (lib/auth/session.ts, lib/auth/authorize.ts).
export async function proxy(request: NextRequest) {
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

export const config = { matcher: ["/admin", "/admin/:path*", "/account/:path*"] };
