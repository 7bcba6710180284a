import Database from "better-sqlite3";
import pg from "pg";
import type { Db, Tx } from "./index";
import { parseDatabaseUrl } from "./url";

/**
 * The public-data version: one counter row (`public_state`) that every transaction changing what the public sees
 * bumps, and that every public cache is keyed on. Drafts, sign-ins, sessions and user administration never touch
 * it, so they never empty a cache.
 */

/**
 * Call inside the transaction of a change the public can see, as its last write: the row lock it takes (PostgreSQL)
 * is then held only until the commit. Scripts outside a transaction call it once after their writes.
 */
export async function bumpPublicVersion(tx: Tx | Db): Promise<void> {
  await tx.publicState.upsert({ where: { id: 1 }, update: { version: { increment: 1 } }, create: { id: 1, version: 1 } });
}

type Watcher = { url: string; read: () => string | Promise<string>; close: () => void };
type State = { opened: number; raw?: string; watcher?: Watcher | null };

// On globalThis: server.ts, pages and route handlers are bundled separately but must share one connection.
const globalForVersion = globalThis as unknown as { pledgeTrackerPublicVersion?: State };
const state: State = (globalForVersion.pledgeTrackerPublicVersion ??= { opened: 0 });

const COUNTER_SQL = "SELECT version FROM public_state WHERE id = 1";

function openSqliteWatcher(url: string, file: string): Watcher | null {
  try {
    // A connection that never writes: its data_version changes with every commit by any other connection (this
    // process's Prisma client, a script, another instance), so the counter is re-read only after some commit.
    const connection = new Database(file, { readonly: true, fileMustExist: true });
    const dataVersion = connection.prepare("PRAGMA data_version").pluck();
    const counter = connection.prepare(COUNTER_SQL).pluck();
    let seen: unknown = null;
    let value = "";
    return {
      url,
      read: () => {
        const current = dataVersion.get(); // first: a commit after this line changes it again, so none is missed
        if (current !== seen) {
          value = String(counter.get() ?? 0);
          seen = current;
        }
        return value;
      },
      close: () => connection.close(),
    };
  } catch {
    return null; // not migrated yet: try again on the next call
  }
}

function openPostgresWatcher(url: string): Watcher {
  const pool = new pg.Pool({ connectionString: url, max: 1, allowExitOnIdle: true, keepAlive: true, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
  // A dropped idle connection is reported here; without a listener it would end the process. The next read reconnects.
  pool.on("error", (error) => console.error("public version: the PostgreSQL connection failed", error.message));
  const query = { name: "public-version", text: COUNTER_SQL, rowMode: "array" as const };
  return {
    url,
    read: coalesceReads(async () => String((await pool.query<[number]>(query)).rows[0]?.[0] ?? 0)),
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
 * The committed public-data version, read from the database by this process or any other: "<connection>:<counter>".
 * Synchronous on SQLite (a pragma, then the counter row only when something committed); one indexed query on
 * PostgreSQL. Null when it cannot be read (no database or no table yet, or unreachable): then nothing is cached.
 */
export function readPublicVersion(): string | null | Promise<string | null> {
  const raw = process.env.DATABASE_URL;
  if (!state.watcher || raw !== state.raw) {
    const target = parseDatabaseUrl(raw);
    state.raw = raw;
    if (state.watcher?.url !== target.url) {
      state.watcher?.close();
      state.watcher = target.provider === "sqlite" ? openSqliteWatcher(target.url, target.file) : openPostgresWatcher(target.url);
      state.opened += 1;
    }
  }
  const watcher = state.watcher;
  if (!watcher) return null;
  const prefix = `${state.opened}:`;
  try {
    const value = watcher.read();
    if (typeof value === "string") return prefix + value;
    return value.then((v) => prefix + v, () => null);
  } catch {
    return null;
  }
}
