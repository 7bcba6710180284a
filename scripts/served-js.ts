import { gzipSync } from "node:zlib";
import { isFileRoute, PUBLIC_ROUTES } from "@/lib/page-cache/routes";

/**
 * The JavaScript a browser actually runs for a page as a server answers it: every executable `<script>` of the HTML
 * (inline ones included) and every script it preloads, each gzipped (zlib's default level), summed. What public
 * readers receive is the page cache's script-free form (lib/page-cache/script-free.ts), not what Next.js's build
 * output lists (scripts/first-load-js.ts): that is why both figures exist.
 */
export type ServedJs = { path: string; cache: string | null; scripts: { source: string; gzipBytes: number }[]; gzipKb: number };

// Types a browser runs (an absent type, a JavaScript MIME type or "module"); anything else (JSON-LD, import maps,
// templates) is a data block, never executed.
const RUNNABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/jscript)$/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>]|$)`, "i").exec(tag);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? "";
}

/**
 * The scripts a modern browser loads for this HTML, in order: `{ src }` for a file (a preloaded one counts once),
 * `{ inline }` for a script's text. `nomodule` scripts are left out: browsers with modules never load them.
 */
export function listPageScripts(html: string): ({ src: string } | { inline: string })[] {
  const found: ({ src: string } | { inline: string })[] = [];
  const seen = new Set<string>();
  const addSrc = (src: string) => {
    if (seen.has(src)) return;
    seen.add(src);
    found.push({ src });
  };
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    const tag = ` ${attributes}`;
    if (!RUNNABLE_TYPE.test((attribute(tag, "type") ?? "").trim()) || attribute(tag, "nomodule") !== null) continue;
    const src = attribute(tag, "src");
    if (src) addSrc(src);
    else if (body.trim()) found.push({ inline: body });
  }
  for (const [link] of html.matchAll(LINK)) {
    const rel = (attribute(link, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attribute(link, "href");
    if (href && (rel.includes("modulepreload") || (rel.includes("preload") && attribute(link, "as")?.toLowerCase() === "script"))) addSrc(href);
  }
  return found;
}

/** Loads `path` as a browser does (`headers` adds a cookie, say) and sums the gzip of every script it would run. */
export async function measureServedJs(options: { origin: string; path: string; headers?: Record<string, string> }): Promise<ServedJs> {
  const url = new URL(options.path, options.origin);
  const response = await fetch(url, { headers: { accept: "text/html", "accept-encoding": "gzip, br", ...options.headers } });
  if (response.status !== 200) throw new Error(`${options.path} answered ${response.status}`);
  const html = await response.text();
  const scripts = await Promise.all(
    listPageScripts(html).map(async (script) => {
      if ("inline" in script) return { source: `inline (${script.inline.length} characters)`, gzipBytes: gzipSync(script.inline).length };
      const file = await fetch(new URL(script.src, url));
      if (file.status !== 200) throw new Error(`${script.src}, loaded by ${options.path}, answered ${file.status}`);
      return { source: script.src, gzipBytes: gzipSync(Buffer.from(await file.arrayBuffer())).length };
    }),
  );
  const bytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { path: options.path, cache: response.headers.get("x-page-cache"), scripts, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}

/** Every public page (route handlers such as the map's SVG, the feeds and the images are not pages). */
export const PUBLIC_PAGE_ROUTES = PUBLIC_ROUTES.filter((r) => !isFileRoute(r.route)).map((r) => r.route);

// One concrete page per public page route: a path, or the first link of a listing page that matches. A route added
// to lib/page-cache/routes.ts without one fails resolvePageExamples.
const EXAMPLES: Record<string, string | { listing: string; link: RegExp }> = {
  "/": "/",
  "/pledges/[slug]": "/pledges/training",
  "/countries": "/countries",
  "/countries/[iso3]": "/countries/KEN",
  "/updates": "/updates",
  "/updates/[id]": { listing: "/updates", link: /href="(\/updates\/\d+)"/ },
  "/changes": "/changes",
  "/changes/[id]": { listing: "/changes", link: /href="(\/changes\/\d+)"/ },
  "/about": "/about",
  "/reports": "/reports",
  "/data": "/data",
  "/data/releases/[number]": { listing: "/data", link: /href="(\/data\/releases\/\d+)"/ },
  "/embed/pledges/[slug]": "/embed/pledges/training",
  "/embed/pledges/[slug]/[chart]": "/embed/pledges/training/cumulative",
};

/**
 * A concrete path for each public page route on the server at `origin`. A listing without a matching link (no
 * update, change or release in that database yet) is an error, unless `optional`: then that route is left out.
 */
export async function resolvePageExamples(options: { origin: string; optional?: boolean }): Promise<{ route: string; path: string }[]> {
  const missing = PUBLIC_PAGE_ROUTES.filter((route) => !(route in EXAMPLES));
  if (missing.length) throw new Error(`scripts/served-js.ts has no example page for ${missing.join(", ")}`);
  const out: { route: string; path: string }[] = [];
  for (const route of PUBLIC_PAGE_ROUTES) {
    const example = EXAMPLES[route];
    if (typeof example === "string") {
      out.push({ route, path: example });
      continue;
    }
    const listing = await (await fetch(new URL(example.listing, options.origin), { headers: { accept: "text/html" } })).text();
    const path = example.link.exec(listing)?.[1];
    if (path) out.push({ route, path });
    else if (!options.optional) throw new Error(`${example.listing} links to no page of ${route}: this database has none`);
  }
  return out;
}
