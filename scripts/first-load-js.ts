import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { PUBLIC_PAGE_ROUTES } from "./served-js";

/**
 * Issue 15's target for every public page's JavaScript: gzip (zlib's default level), kB of 1,024 bytes. It is enforced
 * on what public readers receive, the page cache's script-free form (scripts/served-js.ts, e2e/first-load-js.spec.ts).
 */
export const FIRST_LOAD_JS_TARGET_KB = 130;

/**
 * Why a second figure. Visitors with a session (editors) get the live page from Next.js, with its first-load chunks,
 * which `.next/diagnostics/route-bundle-stats.json` lists. With Next.js 16.4 and React 19.3 that list cannot fit in
 * the target: measured on this build, the framework alone is 132.6 kB (react-dom with Next's small modern polyfills
 * 70 kB, the app router with its bootstrap and helpers 52.9, Next's layout-router components 3.4, the Turbopack
 * runtime 4.3, the default global error page 1.9; a minimal page built with the same versions, bench/reference-app,
 * ships 131.7 kB), and that is all an embed ships. The list holds no `nomodule` polyfills (browsers with modules skip
 * them), no next-auth code and nothing dev-only. On top: the header's nav, account link and language switcher (1.2 kB:
 * /about, /reports 133.8), and on the dashboard's pages the as-of bar and the error boundary with its words (1.5:
 * 135.3). No next-intl client code: public client components get their words from the server as props
 * (components/site/header.tsx); next-intl's client provider in the root layout cost 12.4 kB (147.4–149.7 in all).
 * This limit stops the figure from growing: any client component or library a public page gains fails the build
 * check. The goal is 135 kB, as before the languages; the dashboard's pages miss it by 0.3 kB.
 */
export const FIRST_LOAD_JS_LIMIT_KB = 136;

export type FirstLoadJs = { route: string; files: number; gzipKb: number };

/** Issue 13's limit for an embed as served (/embed/*): what another site's readers load with each embedded chart. */
export const EMBED_FIRST_LOAD_JS_LIMIT_KB = 120;

// Pages live under app/[locale] (one build route serves every language): "/countries" is "/[locale]/countries".
const buildRouteOf = (route: string) => `/[locale]${route === "/" ? "" : route}`;

/**
 * The scripts a browser loads with each public page, read from the build output: Next.js writes each route's
 * first-load chunks to `.next/diagnostics/route-bundle-stats.json` (chunks imported lazily are not in it).
 * Throws when the build output is missing, so a check built on it cannot pass without a build.
 */
export function measureFirstLoadJs(options: { distDir?: string; routes?: readonly string[]; localized?: boolean } = {}): FirstLoadJs[] {
  const distDir = options.distDir ?? ".next";
  const statsFile = path.join(distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(statsFile)) throw new Error(`${statsFile} is missing: run \`npm run build\` first`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const root = path.dirname(path.resolve(distDir));
  // The reference app (bench/reference-app) has no languages: its routes are as named.
  const buildRoute = options.localized === false ? (route: string) => route : buildRouteOf;
  return (options.routes ?? PUBLIC_PAGE_ROUTES).map((route) => {
    const entry = stats.find((s) => s.route === buildRoute(route));
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
