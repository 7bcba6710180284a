import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { settledLocaleHeaders } from "@/lib/i18n/cache-gate";
import type { Locale } from "@/lib/i18n/locales";
import { FILL_HEADER } from "./request";
import { removeClientRuntime } from "./script-free";
import type { Encoding, RenderedPage } from "./store";

// Per-response headers, set anew on every answer (or never kept: a cookie belongs to one visitor).
const DROPPED_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "set-cookie", "transfer-encoding", "x-page-cache", "vary"]);
const ENCODINGS: Encoding[] = ["br", "gzip", "identity"];

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

// React marks a Suspense boundary it leaves to the browser with "<!--$!--><template data-dgst=…>". A client-only
// component (next/dynamic without SSR) does that on purpose, with an empty digest; a server error leaves the
// error's digest. Such a page is still answered 200, but it must not be kept: every later visitor would get the
// error until the next change. A boundary that fails after streaming began is marked by a script instead,
// `$RX("B:0","<digest>")` (react-output.test.ts renders both with real React).
const FAILED_BOUNDARY = /<!--\$!--><template data-dgst="(?!"|BAILOUT_TO_CLIENT_SIDE_RENDERING")/;
const FAILED_STREAMED_BOUNDARY = /\$RX\("[^"]*","(?!"|BAILOUT_TO_CLIENT_SIDE_RENDERING")/;

export function isCompleteRendering(html: string): boolean {
  return !FAILED_BOUNDARY.test(html) && !FAILED_STREAMED_BOUNDARY.test(html);
}

/** The header list of each answer, built once per page: a hit only writes it (flat [name, value, …] arrays). */
function buildHeads(status: number, headers: [string, string][], vary: string | null, bodies: Record<Encoding, Buffer>) {
  const varied = vary && /accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  const heads = {} as NonNullable<RenderedPage["heads"]>;
  for (const encoding of ENCODINGS) {
    const base = headers.flat();
    base.push("vary", varied, "content-length", String(bodies[encoding].byteLength));
    if (encoding !== "identity") base.push("content-encoding", encoding);
    heads[encoding] = { hit: [...base, "x-page-cache", "hit"], miss: [...base, "x-page-cache", status === 200 ? "miss" : "pass"] };
  }
  return heads;
}

/**
 * Renders `path` through this server's Next.js (`origin`), uncompressed, and compresses it once if it may be kept.
 * A `scriptFree` page is kept without Next.js's client runtime (./script-free.ts).
 */
export async function renderPage(options: { origin: string; path: string; locale: Locale; accept: string | undefined; token: string; scriptFree?: boolean }): Promise<RenderedPage> {
  const response = await fetch(new URL(options.path, options.origin), {
    headers: { [FILL_HEADER]: options.token, accept: options.accept ?? "*/*", "accept-encoding": "identity", ...settledLocaleHeaders(options.locale) },
    redirect: "manual",
  });
  let identity = Buffer.from(await response.arrayBuffer());
  let headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name));
  const vary = response.headers.get("vary");
  const html = identity.toString("utf8");
  // A page that sets a cookie is about one visitor, and an incomplete one must be rendered again: never keep them.
  const shared = !response.headers.has("set-cookie") && isCompleteRendering(html);
  if (options.scriptFree && shared && response.status === 200 && /^text\/html/.test(response.headers.get("content-type") ?? "")) {
    identity = Buffer.from(removeClientRuntime(html));
    headers = headers.filter(([name]) => name !== "etag"); // Next.js's tag names the page with its scripts
  }
  if (response.status !== 200 || !shared) {
    const bodies = { br: identity, gzip: identity, identity };
    return { status: response.status, shared, headers, bodies, heads: buildHeads(response.status, headers, vary, bodies) };
  }
  const [br, gzipped] = await Promise.all([
    compressBrotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength } }),
    compressGzip(identity, { level: 9 }),
  ]);
  const bodies = { br, gzip: gzipped, identity };
  return { status: response.status, shared, headers, bodies, heads: buildHeads(response.status, headers, vary, bodies) };
}
