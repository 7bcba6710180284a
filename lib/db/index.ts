import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { createAdapter } from "./adapter";
import { parseDatabaseUrl, type Provider } from "./url";

// Both generated clients expose the same models (one source: prisma/models.prisma), so the app is typed
// against one of them whichever engine DATABASE_URL selects.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url?: string): { db: Db; provider: Provider } {
  const target = parseDatabaseUrl(url);
  const adapter = createAdapter(target);
  const db =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter })
      : (new PostgresClient({ adapter: adapter as never }) as unknown as Db);
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
