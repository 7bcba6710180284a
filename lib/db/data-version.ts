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
  // PostgreSQL's current snapshot lists the transactions that may write (those with an id) and are still running,
  // and the next id to hand out, so its text changes when a writing transaction starts or ends, in any instance.
  // Read-only transactions get no id and change nothing. A write in another database of the cluster changes it
  // too: a needless recomputation, never a stale page.
  const pool = new pg.Pool({ connectionString: target.url, max: 1, allowExitOnIdle: true });
  return {
    url: target.url,
    read: async () => (await pool.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot")).rows[0].snapshot,
    close: () => void pool.end(),
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
