import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isOlderStamp, onPublicChange, peekPublicDataStamp, readPublicDataStamp } from "@/lib/cache";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { renderPage } from "./render";
import { canonicalizePublicPath } from "./routes";
import { chooseEncoding, readCacheableRequest, type CacheableRequest } from "./request";
import { createPageStore, type RenderedPage } from "./store";

/**
 * Whole public pages (lib/page-cache/routes.ts), kept as rendered and compressed bytes until the public data changes.
 * The pages read only published data and never the visitor's session (the account link loads on the client; the one
 * page that reads it, /reports, is cached for signed-out visitors only), so one rendering serves everyone. Pages are
 * kept per UTC day because pace ("expected by now") moves with the date, and per public-data version (lib/cache.ts),
 * which a publish in this process or any other changes: no stale window. It sits in front of Next.js (server.ts)
 * because only there can a response go out already compressed: Next.js compresses every response itself, which costs
 * more than the rest of serving a cached page.
 */
const MAX_BYTES = 32 * 1024 * 1024;
const WARM_PAGES = 8;
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const DAY_MS = 86_400_000;

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Wraps Next.js's request handler: public page loads are answered from the page cache, everything else (and every
 * request while the public-data version cannot be read) goes straight to Next.js. `origin` is this server's own
 * address, where fills render the page through Next.js. After a public change committed by this process, the busiest
 * pages are rendered again in the background, one warm-up at a time.
 */
export function withPageCache(options: { handle: Handler; origin: () => string }): Handler & { warmedUp: () => Promise<void> } {
  const store = createPageStore({ maxBytes: MAX_BYTES });
  const token = randomUUID();
  const enabled = getEnv().PUBLIC_CACHE !== "off";
  // The store's epoch: the public-data version and the UTC day, joined once per change rather than per request.
  let epoch = { stamp: "", dayEndsAt: 0, value: "" };
  const epochOf = (read: string) => {
    const now = Date.now();
    if (read === epoch.stamp && now < epoch.dayEndsAt) return epoch.value;
    // A stamp read before a change that another request has already seen keys nothing older: the epoch only moves on.
    const stamp = epoch.stamp && isOlderStamp(read, epoch.stamp) ? epoch.stamp : read;
    if (stamp !== epoch.stamp || now >= epoch.dayEndsAt) {
      const dayStart = now - (now % DAY_MS);
      epoch = { stamp, dayEndsAt: dayStart + DAY_MS, value: `${new Date(dayStart).toISOString().slice(0, 10)} ${stamp}` };
    }
    return epoch.value;
  };
  const render = (path: string, accept: string | undefined) => () => {
    const page = canonicalizePublicPath(path);
    return renderPage({ origin: options.origin(), path, locale: page?.locale ?? DEFAULT_LOCALE, accept, token, scriptFree: page?.scriptFree === true });
  };

  const send = (response: ServerResponse, page: RenderedPage, cacheable: CacheableRequest, hit: boolean) => {
    // Kept pages are 200s; a 404 or a redirect is sent as rendered, uncompressed, and not kept.
    const encoding = page.status === 200 ? chooseEncoding(cacheable.acceptEncoding) : "identity";
    const head = page.heads![encoding];
    const headers = hit ? head.hit : head.miss;
    response.writeHead(page.status, cacheable.setCookie ? [...headers, "set-cookie", cacheable.setCookie] : headers);
    response.end(page.bodies[encoding]);
  };

  if (enabled) onPublicChange(scheduleWarmUp);
  let warming: Promise<void> | null = null;
  let warmAgain = false;
  function scheduleWarmUp() {
    if (warming) {
      warmAgain = true; // one more pass after the running one: coalesces any number of changes
      return;
    }
    warming = warmUp()
      .catch((error) => console.error("page cache: warming up after a change failed", error))
      .finally(() => {
        warming = null;
        if (warmAgain) {
          warmAgain = false;
          scheduleWarmUp();
        }
      });
  }
  async function warmUp() {
    const stamp = await readPublicDataStamp();
    if (stamp === null) return;
    const keys = store.popular(WARM_PAGES);
    if (!keys.includes("/")) keys.unshift("/");
    // The epoch is taken again for each page: a visitor may have moved it on meanwhile, and it never goes back.
    for (const key of keys) await store.load({ key, stamp: epochOf(stamp), render: render(key, BROWSER_ACCEPT) });
  }

  // Not async: a hit creates no promise (Next.js's AsyncLocalStorage makes every promise in this process costly).
  const handler: Handler = (request, response) => {
    const cacheable = enabled ? readCacheableRequest(request, token) : null;
    if (cacheable === null) return options.handle(request, response);
    const stamp = peekPublicDataStamp();
    if (stamp === null) return options.handle(request, response);
    const stored = stamp === undefined ? undefined : store.get(cacheable.key, epochOf(stamp));
    if (stored) return send(response, stored, cacheable, true);
    return serve(request, response, cacheable, stamp);
  };

  async function serve(request: IncomingMessage, response: ServerResponse, cacheable: CacheableRequest, peeked: string | undefined) {
    const stamp = peeked ?? (await readPublicDataStamp());
    if (stamp === null) return options.handle(request, response);
    try {
      const { page, hit } = await store.load({ key: cacheable.key, stamp: epochOf(stamp), render: render(cacheable.key, cacheable.accept) });
      if (!page.shared) return options.handle(request, response); // rare: render it again for this visitor
      send(response, page, cacheable, hit);
    } catch (error) {
      console.error("page cache: the page could not be rendered for the cache; serving it uncached", error);
      if (!response.headersSent) return options.handle(request, response);
      response.destroy();
    }
  }

  // Settles when no warm-up is running (tests and the benchmark wait on it).
  const warmedUp = async () => {
    while (warming) await warming;
  };
  return Object.assign(handler, { warmedUp });
}
