import { cache } from "react";
import { db, provider } from "@/lib/db";

/** Names the public-data cache in logs and docs; kept for callers that tag their own reads. */
export const PUBLIC_DATA_TAG = "public-data";

type Entry = { stamp: string; value: Promise<unknown> };
type CacheState = { generation: number; entries: Map<string, Entry> };

const MAX_ENTRIES = 500;

// On globalThis: Next bundles route handlers and pages separately, and both must see one cache.
const globalForCache = globalThis as unknown as { pledgeTrackerPublicCache?: CacheState };
const state: CacheState = (globalForCache.pledgeTrackerPublicCache ??= { generation: 0, entries: new Map() });

/**
 * Call after any write that can change what the public sees (publish, correct, delete, status, pledge edits).
 * The next public read recomputes: no stale window. Safe anywhere: in a request, a script or a test.
 * (On SQLite the version check below also notices writes on its own; this keeps PostgreSQL and intent explicit.)
 */
export function invalidatePublicData(): void {
  state.generation += 1;
  state.entries.clear();
}

/**
 * A version of the database that changes with every write. SQLite's `data_version` changes when another
 * connection (another process: a script, a test, a second app instance) commits; `total_changes()` counts the
 * rows this process's own connection wrote. Neither reads a table. PostgreSQL has no cheap equivalent, so there
 * reads are not cached across requests: several app instances must never disagree.
 */
async function readExternalVersion(): Promise<string | null> {
  if (provider !== "sqlite") return null;
  const rows = await db.$queryRawUnsafe<{ version: unknown; changes: unknown }[]>(
    "SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes",
  );
  return `${rows[0]?.version}:${rows[0]?.changes}`;
}

// Once per server render (React's per-request cache); outside a render every call checks again.
const readExternalVersionOnce = cache(readExternalVersion);

/**
 * Wraps an aggregate public read so repeated requests reuse its result until the data changes.
 * Arguments must be JSON-serialisable; results must be plain data (they are shared between requests).
 */
export function cachePublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const external = await readExternalVersionOnce();
    if (external === null || process.env.PUBLIC_CACHE === "off") return read(...args);
    const stamp = `${state.generation}:${external}`;
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
