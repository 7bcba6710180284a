import { readChangeFilter } from "@/lib/changes/params";
import { canonicalAsOf, readLedgerQuery, readPage, readUpdateFilter, type SearchParams } from "@/lib/http/params";
import { DEFAULT_LOCALE, localizePath, readPathLocale, stripLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Every public page the page cache answers, with the query parameters each one reads. A page's cache key holds only
 * those parameters, read by the same functions the page uses and written back in one order without defaults, so
 * `/?x=1`, `/countries?page=abc&utm=…` and `/countries` are one page, rendered once. Each page exists in every
 * language (/fr/countries), each its own key. Tested against app/(public) and app/[locale].
 */
export type PublicRoute = {
  /** The route as its folder names it under app/ ("/pledges/[slug]"). */
  route: string;
  /** The query parameters the page reads. */
  params: readonly string[];
  /** Normalised values of those parameters, in a fixed order; defaults left out. */
  canonicalQuery: (params: SearchParams) => [string, string | undefined][];
  /** Normalises the path segment of a dynamic route, as the page reads it. */
  segment?: (value: string) => string;
  /** The page reads the visitor's session: only visitors without one get the cached (signed-out) page. */
  readsSession?: boolean;
  /**
   * Kept without Next.js's client runtime (lib/page-cache/script-free.ts): the page works without JavaScript. Only
   * visitors without a session get it; the others get the live page, where the account link shows who they are.
   */
  scriptFree?: boolean;
};

const pageNumber = (params: SearchParams): [string, string | undefined] => {
  const page = readPage(params.page);
  return ["page", page > 1 ? String(page) : undefined];
};

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { route: "/", params: ["as_of"], canonicalQuery: (p) => [canonicalAsOf(p)], scriptFree: true },
  { route: "/pledges/[slug]", params: ["page", "as_of"], canonicalQuery: (p) => [pageNumber(p), canonicalAsOf(p)], scriptFree: true },
  {
    route: "/countries",
    params: ["region", "workstream", "sort", "dir", "page", "as_of"],
    canonicalQuery: (p) => {
      const q = readLedgerQuery(p);
      return [["region", q.region], ["workstream", q.workstream], ["sort", q.sort], ["dir", q.dir === "desc" ? "desc" : undefined], pageNumber(p), canonicalAsOf(p)];
    },
    scriptFree: true,
  },
  { route: "/countries/[iso3]", params: ["page", "as_of"], canonicalQuery: (p) => [pageNumber(p), canonicalAsOf(p)], segment: (iso3) => iso3.toUpperCase(), scriptFree: true },
  { route: "/countries/map.svg", params: [], canonicalQuery: () => [] },
  {
    route: "/updates",
    params: ["pledge", "country", "level", "page", "as_of"],
    canonicalQuery: (p) => {
      const f = readUpdateFilter(p);
      return [["pledge", f.pledge], ["country", f.country], ["level", f.level], pageNumber(p), canonicalAsOf(p)];
    },
    scriptFree: true,
  },
  { route: "/updates/[id]", params: [], canonicalQuery: () => [], scriptFree: true },
  {
    route: "/changes",
    params: ["pledge", "kind", "before"],
    canonicalQuery: (p) => {
      const f = readChangeFilter(p);
      return [["pledge", f.pledge], ["kind", f.kind], ["before", f.before === undefined ? undefined : String(f.before)]];
    },
    scriptFree: true,
  },
  { route: "/changes/[id]", params: [], canonicalQuery: () => [], scriptFree: true },
  {
    route: "/changes.atom",
    params: ["pledge", "kind"],
    canonicalQuery: (p) => {
      const f = readChangeFilter(p);
      return [["pledge", f.pledge], ["kind", f.kind]];
    },
  },
  { route: "/about", params: [], canonicalQuery: () => [], scriptFree: true },
  { route: "/reports", params: [], canonicalQuery: () => [], readsSession: true, scriptFree: true },
  { route: "/data", params: [], canonicalQuery: () => [], scriptFree: true },
  { route: "/data/releases/[number]", params: [], canonicalQuery: () => [], scriptFree: true },
  { route: "/feed.atom", params: [], canonicalQuery: () => [] },
  { route: "/pledges/[slug]/feed.atom", params: [], canonicalQuery: () => [] },
  // Link previews: the image URL carries ?v=<public version> for crawlers' caches; the page cache keys on it anyway.
  { route: "/og.png", params: [], canonicalQuery: () => [] },
  { route: "/pledges/[slug]/og.png", params: [], canonicalQuery: () => [] },
  // Embeds load one script of their own, the iframe resizer's child half (lib/embeds/script.ts).
  { route: "/embed/pledges/[slug]", params: [], canonicalQuery: () => [], scriptFree: true },
  { route: "/embed/pledges/[slug]/[chart]", params: [], canonicalQuery: () => [], scriptFree: true },
];

export type CanonicalPage = { path: string; locale: Locale; readsSession: boolean; scriptFree: boolean };

const staticRoutes = new Map(PUBLIC_ROUTES.filter((r) => !r.route.includes("[")).map((r) => [r.route, r]));
const dynamicRoutes = PUBLIC_ROUTES.filter((r) => r.route.includes("[")).map((r) => ({ route: r, segments: r.route.split("/") }));

/** The canonical path of `pathname` under a dynamic route, "" when it does not match, or null for a malformed escape. */
function matchDynamic(candidate: (typeof dynamicRoutes)[number], parts: string[]): string | null {
  if (parts.length !== candidate.segments.length) return "";
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const pattern = candidate.segments[i];
    if (!pattern.startsWith("[")) {
      if (parts[i] !== pattern) return "";
      out.push(pattern);
      continue;
    }
    if (!parts[i]) return "";
    let segment: string;
    try {
      segment = decodeURIComponent(parts[i]);
    } catch {
      return null;
    }
    out.push(encodeURIComponent(candidate.route.segment ? candidate.route.segment(segment) : segment));
  }
  return out.join("/");
}

function readSearchParams(query: string): SearchParams {
  const params: SearchParams = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const seen = params[name];
    params[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/**
 * The canonical path and query of a public page target ("/fr/countries?page=abc&x=1" → "/fr/countries"), or null when
 * the target is not a public page (then Next.js answers it). Only origin-form targets are given. "/en/…" is not a
 * page: it redirects to the unprefixed English page.
 */
export function canonicalizePublicPath(target: string): CanonicalPage | null {
  const prefixed = readPathLocale(target);
  if (prefixed === DEFAULT_LOCALE) return null;
  const locale = prefixed ?? DEFAULT_LOCALE;
  const page = canonicalizeUnprefixed(prefixed ? stripLocale(target) : target);
  if (!page || (prefixed && page.file)) return null; // files (feeds, images) have no language prefix
  return { path: localizePath(page.path, locale), locale, readsSession: page.readsSession, scriptFree: page.scriptFree };
}

// Route handlers that answer a file ("/feed.atom") rather than a page.
export const isFileRoute = (route: string) => /\.[a-z]+$/.test(route);

function canonicalizeUnprefixed(target: string): (Omit<CanonicalPage, "locale"> & { file: boolean }) | null {
  const mark = target.indexOf("?");
  const pathname = mark === -1 ? target : target.slice(0, mark);
  let route = staticRoutes.get(pathname);
  let path = pathname;
  if (!route) {
    const parts = pathname.split("/");
    for (const candidate of dynamicRoutes) {
      const matched = matchDynamic(candidate, parts);
      if (matched === null) return null; // a malformed escape: Next.js answers it
      if (!matched) continue;
      route = candidate.route;
      path = matched;
      break;
    }
  }
  if (!route) return null;
  const query = mark === -1 || route.params.length === 0 ? [] : route.canonicalQuery(readSearchParams(target.slice(mark + 1)));
  const kept = query.filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    path: kept.length ? `${path}?${new URLSearchParams(kept)}` : path,
    readsSession: route.readsSession === true,
    scriptFree: route.scriptFree === true,
    file: isFileRoute(route.route),
  };
}
