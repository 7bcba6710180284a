export type Encoding = "br" | "gzip" | "identity";

/**
 * A rendered response as the page cache keeps it: its headers and its body in each encoding, compressed once.
 * `shared` is false for a response meant for one visitor (it set a cookie).
 */
export type RenderedPage = { status: number; shared: boolean; headers: [string, string][]; bodies: Record<Encoding, Buffer> };

type Entry = { stamp: string; page: RenderedPage };

export type PageStore = {
  /**
   * The page for `key` rendered at data version `stamp`: a stored one, or `render()`'s result. Concurrent callers of
   * one key and stamp share one render. Only shared 200 responses are kept.
   */
  load(options: { key: string; stamp: string; render: () => Promise<RenderedPage> }): Promise<{ page: RenderedPage; hit: boolean }>;
  size(): { entries: number; bytes: number };
};

const sizeOf = (page: RenderedPage) => page.bodies.br.byteLength + page.bodies.gzip.byteLength + page.bodies.identity.byteLength;

/** An in-memory page store bounded by bytes, least recently used out first; a new stamp drops every older page. */
export function createPageStore(options: { maxBytes: number }): PageStore {
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<RenderedPage>>();
  let bytes = 0;
  let currentStamp = "";

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= sizeOf(entry.page);
    entries.delete(key);
  }

  function keep(key: string, entry: Entry) {
    if (entry.stamp !== currentStamp || entry.page.status !== 200 || !entry.page.shared || sizeOf(entry.page) > options.maxBytes) return;
    remove(key);
    entries.set(key, entry);
    bytes += sizeOf(entry.page);
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      remove(oldest);
    }
  }

  return {
    async load({ key, stamp, render }) {
      if (stamp !== currentStamp) {
        currentStamp = stamp;
        entries.clear();
        bytes = 0;
      }
      const stored = entries.get(key);
      if (stored) {
        entries.delete(key); // re-insert: most recently used last
        entries.set(key, stored);
        return { page: stored.page, hit: true };
      }
      const flight = `${stamp}\n${key}`;
      let pending = rendering.get(flight);
      if (!pending) {
        pending = render();
        rendering.set(flight, pending);
        pending.then((page) => keep(key, { stamp, page }), () => {}).finally(() => rendering.delete(flight));
      }
      return { page: await pending, hit: false };
    },
    size: () => ({ entries: entries.size, bytes }),
  };
}
