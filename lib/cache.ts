import { getEnv } from "@/lib/env";
import type { Db } from "@/lib/db";
import { bumpPublicVersion, readPublicVersion } from "@/lib/db/public-version";

/**
 * The one mechanism that keeps public caches fresh: the public-data version (lib/db/public-version.ts), bumped in
 * the transactions that change public data. Every public cache (the reads below, the page cache) is keyed on the
 * stamp read here. The stamp is read from the database at most once per millisecond per process and shared by the
 * requests of that millisecond; a public commit in this process (afterPublicChange) forces the next read at once.
 */

type Entry = { stamp: string; value: Promise<unknown> };
type Inflight = { promise: Promise<string | null>; startedAt: number; generation: number };
type CacheState = {
  entries: Map<string, Entry>;
  entriesStamp?: string;
  generation: number;
  stamp: { value: string | null; readAt: number; generation: number } | null;
  inflight: Inflight | null;
  listeners: Set<() => void>;
};

const MAX_ENTRIES = 500;
const STAMP_TTL_MS = 1;

// On globalThis: Next bundles route handlers and pages separately from server.ts, and all must share one state.
const globalForCache = globalThis as unknown as { pledgeTrackerPublicCache?: CacheState };
const state: CacheState = (globalForCache.pledgeTrackerPublicCache ??= { entries: new Map(), generation: 0, stamp: null, inflight: null, listeners: new Set() });

/**
 * Call after a transaction that bumped the public version has committed (the counter already tells every other
 * process): this process reads the stamp again on its next request, and the page cache warms its busiest pages.
 */
export function afterPublicChange(): void {
  state.generation += 1;
  for (const listener of state.listeners) listener();
}

/** For public writes made outside a transaction (scripts, test factories): bumps the version once they are done. */
export async function markPublicChange(db: Db): Promise<void> {
  await bumpPublicVersion(db);
  afterPublicChange();
}

/** Runs `listener` after each public change committed by this process (the page cache's warm-up). */
export function onPublicChange(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/**
 * The stamp without waiting: the one read within the last millisecond (and since this process's last public commit),
 * else a fresh synchronous read (SQLite). Undefined when only an asynchronous read can tell (PostgreSQL): call
 * readPublicDataStamp, which joins the read started here. No promise on the way: the page cache's hit path.
 */
export function peekPublicDataStamp(): string | null | undefined {
  const stamp = state.stamp;
  const now = performance.now();
  if (stamp && stamp.generation === state.generation && now - stamp.readAt < STAMP_TTL_MS) return stamp.value;
  if (getEnv().PUBLIC_CACHE === "off") return null;
  const running = state.inflight;
  if (running && running.generation === state.generation && now - running.startedAt < STAMP_TTL_MS) return undefined;
  const generation = state.generation;
  const remember = (value: string | null) => {
    // Timed from the start of the read: a commit made while it ran shows within the millisecond.
    if (!state.stamp || state.stamp.readAt <= now) state.stamp = { value, readAt: now, generation };
    return value;
  };
  const read = readPublicVersion();
  if (read === null || typeof read === "string") return remember(read);
  const promise = read.then(remember);
  state.inflight = { promise, startedAt: now, generation };
  void promise.finally(() => {
    if (state.inflight?.promise === promise) state.inflight = null;
  });
  return undefined;
}

/** Whether stamp `a` was read before stamp `b` could exist: versions only grow (a stamp read late may be older). */
export function isOlderStamp(a: string, b: string): boolean {
  const [aConnection, aVersion] = a.split(":").map(Number);
  const [bConnection, bVersion] = b.split(":").map(Number);
  return aConnection < bConnection || (aConnection === bConnection && aVersion < bVersion);
}

/** The public-data version to key caches on; null when public data must not be cached (PUBLIC_CACHE=off, no database). */
export function readPublicDataStamp(): Promise<string | null> {
  const peeked = peekPublicDataStamp();
  return peeked === undefined ? state.inflight!.promise : Promise.resolve(peeked);
}

/**
 * Wraps an aggregate public read so repeated requests reuse its result until the public data changes.
 * Arguments must be JSON-serialisable; results must be plain data (they are shared between requests).
 */
export function cachePublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const stamp = await readPublicDataStamp();
    if (stamp === null) return read(...args);
    if (state.entriesStamp !== stamp) {
      // A stamp read just before a change another request has seen: compute, but keep the newer entries.
      if (state.entriesStamp && isOlderStamp(stamp, state.entriesStamp)) return read(...args);
      state.entries.clear(); // every entry belongs to an older version
      state.entriesStamp = stamp;
    }
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = state.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value as Promise<Result>;
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    const value = read(...args);
    state.entries.set(key, { stamp, value });
    value.catch(() => {
      if (state.entries.get(key)?.value === value) state.entries.delete(key);
    });
    return value;
  };
}
