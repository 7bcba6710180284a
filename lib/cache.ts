import { getEnv } from "@/lib/env";
import { bumpDataGeneration, readDataVersion } from "@/lib/db/data-version";

type Entry = { stamp: string; value: Promise<unknown> };
type CacheState = { entries: Map<string, Entry> };

const MAX_ENTRIES = 500;

// On globalThis: Next bundles route handlers and pages separately, and both must see one cache.
const globalForCache = globalThis as unknown as { pledgeTrackerPublicCache?: CacheState };
const state: CacheState = (globalForCache.pledgeTrackerPublicCache ??= { entries: new Map() });

/**
 * Call after any write that can change what the public sees (publish, correct, delete, status, pledge edits).
 * The next public read and page recompute: no stale window. Safe anywhere: in a request, a script or a test.
 * (The data version also notices every commit on its own, from any process; this keeps the intent explicit.)
 */
export function invalidatePublicData(): void {
  bumpDataGeneration();
  state.entries.clear();
}

/** The database's data version (see readDataVersion); null when public data must not be cached (PUBLIC_CACHE=off). */
export async function readPublicDataStamp(): Promise<string | null> {
  return getEnv().PUBLIC_CACHE === "off" ? null : readDataVersion();
}

/**
 * Wraps an aggregate public read so repeated requests reuse its result until the data changes.
 * Arguments must be JSON-serialisable; results must be plain data (they are shared between requests).
 */
export function cachePublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const stamp = await readPublicDataStamp();
    if (stamp === null) return read(...args);
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
