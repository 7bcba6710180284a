import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { getEnv } from "../env";
import { SqliteAdapterFactory } from "./sqlite-adapter";
import type { DatabaseTarget } from "./url";

const SQLITE_BUSY_TIMEOUT_MS = 15_000;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

/**
 * Prisma's migrate reads catalog columns of type `name`, which the pg adapter cannot deserialize
 * (prisma/prisma#27403). Reporting them as `text` is enough; only the CLI needs this.
 */
function reportNameAsText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // pg calls client.query both with a callback (from Pool.query) and as a promise (in transactions).
    this.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const last = args[args.length - 1];
        if (typeof last === "function") {
          args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) => last(error, reportNameAsText(result));
          return query(...args);
        }
        const pending = query(...args);
        return pending instanceof Promise ? pending.then(reportNameAsText) : pending;
      };
    });
  }
}

export function createAdapter(target: DatabaseTarget, options: { forMigrations?: boolean } = {}) {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    // WAL lets readers (page renders) proceed while a writer commits; the mode is stored in the file.
    // The busy timeout makes a writer wait for another process's write instead of failing at once.
    const file = new Database(target.file);
    file.pragma("journal_mode = WAL");
    file.close();
    // The CLI migrates alone; the app gets a read connection and one writer at a time (see sqlite-adapter.ts).
    if (options.forMigrations) return new PrismaBetterSQLite3({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteAdapterFactory({ file: target.file, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS });
  }
  if (options.forMigrations) {
    return new PrismaPg(new NameAsTextPool({ connectionString: target.url, idleTimeoutMillis: 100 }));
  }
  return new PrismaPg({ connectionString: target.url, max: getEnv().DATABASE_POOL_SIZE });
}
