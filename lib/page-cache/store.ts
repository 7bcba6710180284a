export type Encoding = "br" | "gzip" | "identity";

/**
 * A rendered response as the page cache keeps it: its body in each encoding, compressed once, and for each encoding
 * the response head (status and header list) ready to send, for a hit and for a miss. `shared` is false for a
 * response meant for one visitor (it set a cookie).
 */
export type RenderedPage = {
  status: number;
  shared: boolean;
  headers: [string, string][];
  bodies: Record<Encoding, Buffer>;
  heads?: Record<Encoding, { hit: string[]; miss: string[] }>;
};

type Entry = { page: RenderedPage; used: number; hits: number };

export type PageStore = {
  /** The stored page for `key` at `stamp`, without waiting: the hit path. Undefined when it must be rendered. */
  get(key: string, stamp: string): RenderedPage | undefined;
  /**
   * The page for `key` rendered at data version `stamp`: a stored one, or `render()`'s result. Concurrent callers of
   * one key and stamp share one render. Only shared 200 responses are kept.
   */
  load(options: { key: string; stamp: string; render: () => Promise<RenderedPage> }): Promise<{ page: RenderedPage; hit: boolean }>;
  /** The keys visited most (recent stamps count more), busiest first: what to render again after a change. */
  popular(count: number): string[];
  size(): { entries: number; bytes: number };
};

const sizeOf = (page: RenderedPage) => page.bodies.br.byteLength + page.bodies.gzip.byteLength + page.bodies.identity.byteLength;
const MAX_REMEMBERED_KEYS = 200;

/** An in-memory page store bounded by bytes, least recently used out first; a new stamp drops every older page. */
export function createPageStore(options: { maxBytes: number }): PageStore {
  let entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<RenderedPage>>();
  // Visits per key, carried across stamps (halved at each change) so a warm-up knows the busiest pages.
  const visits = new Map<string, number>();
  let bytes = 0;
  let clock = 0;
  let currentStamp = "";

  function advance(stamp: string) {
    if (stamp === currentStamp) return;
    for (const [key, count] of visits) visits.set(key, count / 2);
    for (const [key, entry] of entries) visits.set(key, (visits.get(key) ?? 0) + entry.hits + 1);
    if (visits.size > MAX_REMEMBERED_KEYS) {
      const kept = [...visits].sort((a, b) => b[1] - a[1]).slice(0, MAX_REMEMBERED_KEYS);
      visits.clear();
      for (const [key, count] of kept) visits.set(key, count);
    }
    currentStamp = stamp;
    entries = new Map();
    bytes = 0;
  }

  function evictOldest() {
    let oldestKey: string | undefined;
    let oldest = Infinity;
    for (const [key, entry] of entries) {
      if (entry.used < oldest) {
        oldest = entry.used;
        oldestKey = key;
      }
    }
    if (oldestKey === undefined) return;
    bytes -= sizeOf(entries.get(oldestKey)!.page);
    entries.delete(oldestKey);
  }

  function keep(key: string, stamp: string, page: RenderedPage) {
    if (stamp !== currentStamp || page.status !== 200 || !page.shared || sizeOf(page) > options.maxBytes) return;
    const previous = entries.get(key);
    if (previous) bytes -= sizeOf(previous.page);
    entries.set(key, { page, used: ++clock, hits: 0 });
    bytes += sizeOf(page);
    while (bytes > options.maxBytes) evictOldest();
  }

  const get = (key: string, stamp: string) => {
    if (stamp !== currentStamp) return undefined;
    const entry = entries.get(key);
    if (!entry) return undefined;
    entry.used = ++clock;
    entry.hits++;
    return entry.page;
  };

  return {
    get,
    async load({ key, stamp, render }) {
      advance(stamp);
      const stored = get(key, stamp);
      if (stored) return { page: stored, hit: true };
      const flight = `${stamp}\n${key}`;
      let pending = rendering.get(flight);
      if (!pending) {
        pending = render();
        rendering.set(flight, pending);
        pending.then((page) => keep(key, stamp, page), () => {}).finally(() => rendering.delete(flight));
      }
      return { page: await pending, hit: false };
    },
    popular(count) {
      const counts = new Map(visits);
      for (const [key, entry] of entries) counts.set(key, (counts.get(key) ?? 0) + entry.hits + 1);
      return [...counts].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key]) => key);
    },
    size: () => ({ entries: entries.size, bytes }),
  };
}
