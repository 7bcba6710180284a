import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { readPublicDataStamp } from "@/lib/cache";
import { createPageStore, type Encoding, type RenderedPage } from "./store";

/**
 * Whole public pages, kept as rendered and compressed bytes until the data changes. The pages read only published
 * data and never the visitor's session (the account link loads on the client), so one rendering serves everyone.
 * The key holds the UTC day because pace ("expected by now") moves with the date; the stamp is the database's data
 * version, read on every request, so a page never outlives a commit by this process or any other: no stale window.
 * It sits in front of Next.js (server.ts) because only there can a response go out already compressed: Next.js
 * compresses every response itself, which costs more than the rest of serving a cached page.
 */
const PUBLIC_PAGE = /^\/(?:pledges\/[^/]+|countries(?:\/[^/]+)?|updates)?$/;
const FILL_HEADER = "x-page-cache-fill";
const MAX_BYTES = 32 * 1024 * 1024;
// Per-response headers, set anew on every answer (or never kept: a cookie belongs to one visitor).
const DROPPED_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "set-cookie", "transfer-encoding", "x-page-cache"]);

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * The page path (and query) of a request the cache may answer, or null. Only an origin-form target ("/path?query")
 * counts: "//host/" or "http://host/" would otherwise name another server for the fill to fetch.
 * Client navigations and prefetches (RSC payloads), server actions and the cache's own fills go to Next.js.
 */
export function readCacheablePath(request: Pick<IncomingMessage, "method" | "url" | "headers">, token: string): string | null {
  if (request.method !== "GET" || request.headers[FILL_HEADER] === token) return null;
  if (request.headers.rsc || request.headers["next-router-prefetch"] || request.headers["next-action"]) return null;
  const target = request.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return null;
  const url = new URL(target, "http://localhost");
  if (!PUBLIC_PAGE.test(url.pathname) || url.searchParams.has("_rsc")) return null;
  return url.pathname + url.search;
}

// React marks a Suspense boundary it leaves to the browser with "<!--$!--><template data-dgst=…>". A client-only
// component (next/dynamic without SSR) does that on purpose, with an empty digest; a server error leaves the
// error's digest. Such a page is still answered 200, but it must not be kept: every later visitor would get the
// error until the next commit. A boundary that fails after streaming began is marked by a script instead,
// `$RX("B:0","<digest>")` (react-output.test.ts renders both with real React).
const FAILED_BOUNDARY = /<!--\$!--><template data-dgst="(?!"|BAILOUT_TO_CLIENT_SIDE_RENDERING")/;
const FAILED_STREAMED_BOUNDARY = /\$RX\("[^"]*","(?!"|BAILOUT_TO_CLIENT_SIDE_RENDERING")/;

export function isCompleteRendering(html: string): boolean {
  return !FAILED_BOUNDARY.test(html) && !FAILED_STREAMED_BOUNDARY.test(html);
}

/** The best encoding the client accepts, by its Accept-Encoding header (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, "")) > 0)
      .map(([name]) => name.toLowerCase()),
  );
  return accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : "identity";
}

async function renderPage(options: { origin: string; path: string; accept: string | undefined; token: string }): Promise<RenderedPage> {
  const response = await fetch(new URL(options.path, options.origin), {
    headers: { [FILL_HEADER]: options.token, accept: options.accept ?? "*/*", "accept-encoding": "identity" },
    redirect: "manual",
  });
  const identity = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name));
  // A page that sets a cookie is about one visitor, and an incomplete one must be rendered again: never keep them.
  const shared = !response.headers.has("set-cookie") && isCompleteRendering(identity.toString("utf8"));
  if (response.status !== 200 || !shared) return { status: response.status, shared, headers, bodies: { br: identity, gzip: identity, identity } };
  const [br, gzipped] = await Promise.all([
    compressBrotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength } }),
    compressGzip(identity, { level: 9 }),
  ]);
  return { status: response.status, shared, headers, bodies: { br, gzip: gzipped, identity } };
}

/**
 * Wraps Next.js's request handler: public page loads are answered from the page cache, everything else (and every
 * request while the data version cannot be read) goes straight to Next.js.
 * `origin` is this server's own address, where fills render the page through Next.js.
 */
export function withPageCache(options: { handle: Handler; origin: () => string }): Handler {
  const store = createPageStore({ maxBytes: MAX_BYTES });
  const token = randomUUID();
  return async (request, response) => {
    const path = readCacheablePath(request, token);
    const stamp = path === null ? null : await readPublicDataStamp();
    if (path === null || stamp === null) return options.handle(request, response);
    try {
      const key = `${new Date().toISOString().slice(0, 10)} ${path}`;
      const render = () => renderPage({ origin: options.origin(), path, accept: request.headers.accept, token });
      const { page, hit } = await store.load({ key, stamp, render });
      if (!page.shared) return options.handle(request, response); // rare: render it again for this visitor
      // Kept pages are 200s; a 404 or a redirect is sent as rendered, uncompressed, and not kept.
      const encoding = page.status === 200 ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
      const body = page.bodies[encoding];
      response.statusCode = page.status;
      for (const [name, value] of page.headers) response.appendHeader(name, value);
      if (!/accept-encoding/i.test(String(response.getHeader("vary") ?? ""))) response.appendHeader("vary", "Accept-Encoding");
      if (encoding !== "identity") response.setHeader("content-encoding", encoding);
      response.setHeader("content-length", body.byteLength);
      response.setHeader("x-page-cache", hit ? "hit" : page.status === 200 ? "miss" : "pass");
      response.end(body);
    } catch (error) {
      console.error("page cache: the page could not be rendered for the cache; serving it uncached", error);
      if (!response.headersSent) return options.handle(request, response);
      response.destroy();
    }
  };
}
