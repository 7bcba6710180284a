import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { DatabaseTarget } from "./url";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

/**
 * Prisma's migrate reads catalog columns of type `name`, which the pg adapter cannot deserialize
 * (prisma/prisma#27403). Reporting them as `text` is enough; only the CLI needs this.
 */
class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    this.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
      (client as { query: unknown }).query = async (...args: unknown[]) => {
        const result = await query(...args);
        for (const field of result?.fields ?? []) {
          if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
        }
        return result;
      };
    });
  }
}

export function createAdapter(target: DatabaseTarget, options: { forMigrations?: boolean } = {}) {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.file });
  }
  if (options.forMigrations) {
    return new PrismaPg(new NameAsTextPool({ connectionString: target.url, idleTimeoutMillis: 100 }));
  }
  return new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}
