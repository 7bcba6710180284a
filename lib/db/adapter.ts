import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { getEnv } from "../env";
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

/**
 * The adapter opens transactions with a plain, deferred BEGIN. A transaction that reads before it writes (authorize,
 * then update) then fails at once with SQLITE_BUSY_SNAPSHOT when another process commits in between: SQLite never
 * applies the busy timeout to that upgrade. BEGIN IMMEDIATE takes the write lock first, so concurrent writers wait
 * their turn instead. This process's own transactions already run one at a time (the adapter's mutex).
 */
class ImmediateTransactions extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof client.prepare;
    return adapter;
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
    return new ImmediateTransactions({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  if (options.forMigrations) {
    return new PrismaPg(new NameAsTextPool({ connectionString: target.url, idleTimeoutMillis: 100 }));
  }
  return new PrismaPg({ connectionString: target.url, max: getEnv().DATABASE_POOL_SIZE });
}
