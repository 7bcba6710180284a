import Database from "better-sqlite3";
import pg from "pg";
import { parseDatabaseUrl } from "./url";

type Watcher = { url: string; read: () => Promise<string>; close: () => void };
type State = { generation: number; watcher?: Watcher | null };

// On globalThis: server.ts, pages and route handlers are bundled separately but must share one version.
const globalForVersion = globalThis as unknown as { pledgeTrackerDataVersion?: State };
const state: State = (globalForVersion.pledgeTrackerDataVersion ??= { generation: 0 });

/** Marks every cached public read and page stale in this process. The database version below notices writes anyway. */
export function bumpDataGeneration(): void {
  state.generation += 1;
}

function openWatcher(): Watcher | null {
  const target = parseDatabaseUrl();
  if (target.provider === "sqlite") {
    try {
      // SQLite's data_version, on a connection that never writes, changes with every commit by any other connection.
      const connection = new Database(target.file, { readonly: true, fileMustExist: true });
      return { url: target.url, read: async () => String(connection.pragma("data_version", { simple: true })), close: () => connection.close() };
    } catch {
      return null; // not migrated yet: try again on the next call
    }
  }
  // PostgreSQL's current snapshot holds the next transaction id to hand out and the ids still running, so its text
  // changes whenever a writing transaction (one with an id) commits or aborts, in any instance. Read-only
  // transactions get no id and change nothing. A write in another database of the cluster changes it too: a
  // needless recomputation, never a stale page.
  const pool = new pg.Pool({ connectionString: target.url, max: 1, allowExitOnIdle: true, keepAlive: true, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
  // A dropped idle connection is reported here; without a listener it would end the process. The next read reconnects.
  pool.on("error", (error) => console.error("data version: the PostgreSQL connection failed", error.message));
  return {
    url: target.url,
    read: coalesceReads(async () => (await pool.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot")).rows[0].snapshot),
    close: () => void pool.end(),
  };
}

/**
 * One query for every caller that arrives while another runs: callers join the next read, never the running one,
 * which may have started before they arrived and so miss a commit made just before them.
 */
export function coalesceReads(read: () => Promise<string>): () => Promise<string> {
  let running: Promise<string> | null = null;
  let next: Promise<string> | null = null;
  const start = () => {
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}

/**
 * A stamp that changes whenever anyone commits to the database: this process, a script, a test or another app
 * instance. It reads no table. Null when it cannot be read (no database yet, or unreachable): then nothing is cached.
 */
export async function readDataVersion(): Promise<string | null> {
  const url = parseDatabaseUrl().url;
  if (state.watcher?.url !== url) {
    state.watcher?.close();
    state.watcher = openWatcher();
  }
  if (!state.watcher) return null;
  try {
    return `${state.generation}:${await state.watcher.read()}`;
  } catch {
    return null;
  }
}
