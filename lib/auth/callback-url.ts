import { getEnv } from "@/lib/env";

const FALLBACK_ORIGIN = "http://localhost";

/** The app's own origin (NEXTAUTH_URL); only its scheme, host and port matter here. */
export const appOrigin = () => new URL(getEnv().NEXTAUTH_URL ?? FALLBACK_ORIGIN).origin;

/**
 * Where to go after sign-in: a path on this site, never another origin (open-redirect guard). The raw value is parsed
 * the way a browser would (tabs and newlines dropped, backslashes read as slashes, relative to this origin), and only
 * the path, query and hash of a same-origin result are returned, so the answer can never name another host.
 */
export function safeCallbackUrl(raw: string | null | undefined, options: { origin?: string; fallback?: string } = {}): string {
  const { origin = appOrigin(), fallback = "/admin" } = options;
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  // "/.//evil" parses to the path "//evil", which a browser reads as another host when used as a location.
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's `redirect` callback: the same guard for every callbackUrl next-auth itself follows (e.g. after SSO). */
export function redirectAfterAuth({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  return `${origin}${safeCallbackUrl(url, { origin, fallback: "/" })}`;
}
