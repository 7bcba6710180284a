import type { IncomingMessage } from "node:http";
import { readLocaleRouting } from "@/lib/i18n/cache-gate";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { canonicalizePublicPath, type CanonicalPage } from "./routes";
import type { Encoding } from "./store";

export const FILL_HEADER = "x-page-cache-fill";
const SESSION_COOKIE = "next-auth.session-token";
const MAX_REMEMBERED = 10_000;

/**
 * What the page cache needs from a request: its canonical page, the headers that choose the answer, and the cookie
 * that remembers the visitor's language, when the language routing sets one (lib/i18n/cache-gate.ts).
 */
export type CacheableRequest = { key: string; acceptEncoding: string | undefined; accept: string | undefined; setCookie?: string };

// Request targets already canonicalised (junk queries included), so a hit parses nothing.
const canonical = new Map<string, CanonicalPage | null>();

function canonicalize(target: string): CanonicalPage | null {
  let page = canonical.get(target);
  if (page === undefined) {
    if (canonical.size >= MAX_REMEMBERED) canonical.clear();
    page = canonicalizePublicPath(target);
    canonical.set(target, page);
  }
  return page;
}

/**
 * The page-cache key of a request the cache may answer, with the headers it needs, or null. Only an origin-form
 * target ("/path?query") counts: "//host/" or "http://host/" would otherwise name another server for the fill to
 * fetch. Client navigations and prefetches (RSC payloads), server actions and the cache's own fills go to Next.js.
 * Reads the raw header list once instead of building `request.headers`.
 */
export function readCacheableRequest(request: Pick<IncomingMessage, "method" | "url" | "rawHeaders">, token: string): CacheableRequest | null {
  if (request.method !== "GET") return null;
  const target = request.url ?? "";
  if (target.charCodeAt(0) !== 47 /* / */ || target.charCodeAt(1) === 47 || target.includes("\\") || target.includes("_rsc=")) return null;
  const page = canonicalize(target);
  if (!page) return null;
  let acceptEncoding: string | undefined;
  let accept: string | undefined;
  let acceptLanguage: string | undefined;
  let cookie: string | undefined;
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    switch (name.length) {
      case 3: // rsc
      case 11: // next-action
      case 20: // next-router-prefetch
        if (/^(?:rsc|next-action|next-router-prefetch)$/i.test(name)) return null;
        break;
      case 6:
        if (name === "accept" || name.toLowerCase() === "accept") accept = raw[i + 1];
        else if (name === "cookie" || name.toLowerCase() === "cookie") {
          // A page that reads the session, or is kept without scripts (so without the live account link), is cached
          // for visitors without a session only.
          if ((page.readsSession || page.scriptFree) && raw[i + 1].includes(SESSION_COOKIE)) return null;
          cookie = raw[i + 1];
        }
        break;
      case 15:
        if (name === "accept-encoding" || name.toLowerCase() === "accept-encoding") acceptEncoding = raw[i + 1];
        else if (name.toLowerCase() === "accept-language") acceptLanguage = raw[i + 1];
        break;
      case 17:
        if (name.toLowerCase() === FILL_HEADER && raw[i + 1] === token) return null;
        break;
    }
  }
  // A visitor the language routing sends to another language goes to Next.js (proxy.ts), which redirects them.
  const routed = readLocaleRouting({ locale: page.locale, localeCookie: readCookie(cookie, LOCALE_COOKIE), acceptLanguage });
  if (routed.redirects) return null;
  return routed.setCookie ? { key: page.path, acceptEncoding, accept, setCookie: routed.setCookie } : { key: page.path, acceptEncoding, accept };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined || !header.includes(name)) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const encodings = new Map<string, Encoding>();

/** The best encoding the client accepts, by its Accept-Encoding header (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (acceptEncoding === undefined) return "identity";
  let encoding = encodings.get(acceptEncoding);
  if (encoding === undefined) {
    const accepted = new Set(
      acceptEncoding
        .split(",")
        .map((part) => part.trim().split(";"))
        .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, "")) > 0)
        .map(([name]) => name.toLowerCase()),
    );
    encoding = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : "identity";
    if (encodings.size >= 1_000) encodings.clear();
    encodings.set(acceptEncoding, encoding);
  }
  return encoding;
}
