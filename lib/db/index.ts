import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { createAdapter } from "./adapter";
import { WRITE_WAIT_MS } from "./sqlite-adapter";
import { parseDatabaseUrl, type Provider } from "./url";

// Both generated clients expose the same models (one source: prisma/models.prisma), so the app is typed
// against one of them whichever engine DATABASE_URL selects.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url?: string): { db: Db; provider: Provider } {
  const target = parseDatabaseUrl(url);
  const adapter = createAdapter(target);
  // Prisma's own maxWait (2 s by default) is checked only once a transaction has started, and then refuses it with
  // an untyped P2028. On SQLite the adapter's write queue answers first (BusyError after WRITE_WAIT_MS).
  const transactionOptions = { maxWait: 2 * WRITE_WAIT_MS };
  const db =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter, transactionOptions })
      : (new PostgresClient({ adapter: adapter as never, transactionOptions }) as unknown as Db);
  return { db, provider: target.provider };
}

const globalForDb = globalThis as unknown as { pledgeTrackerDb?: { db: Db; provider: Provider } };
const instance = globalForDb.pledgeTrackerDb ?? createDb();
// Cached so dev hot reloads and test workers reuse one connection pool.
globalForDb.pledgeTrackerDb = instance;

export const db = instance.db;
export const provider = instance.provider;
export * from "./generated/sqlite/enums";
export type * from "./generated/sqlite/models";
export { Prisma } from "./generated/sqlite/client";
