import Database from "better-sqlite3";
import { db, Prisma, provider } from "./index";
import { parseDatabaseUrl } from "./url";

/**
 * Reads for the streaming exports, rows as arrays in SELECT order. On SQLite this uses its own read-only
 * better-sqlite3 connection in raw mode: through the ORM a million-row export allocates several times more
 * (server RSS past 300 MB) and runs at half the speed. Each call is one short statement (a keyset page), so no
 * read transaction stays open while a slow client downloads. On PostgreSQL it is the ORM's raw query.
 */
const globalForReader = globalThis as unknown as { pledgeTrackerReader?: Database.Database };

function sqliteReader(): Database.Database {
  const target = parseDatabaseUrl();
  if (target.provider !== "sqlite") throw new Error("sqliteReader needs a SQLite DATABASE_URL");
  globalForReader.pledgeTrackerReader ??= new Database(target.file, { readonly: true, fileMustExist: true });
  return globalForReader.pledgeTrackerReader;
}

const toSqliteValue = (value: unknown) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value);

export async function queryRows(query: Prisma.Sql): Promise<unknown[][]> {
  if (provider === "sqlite") {
    return sqliteReader().prepare(query.sql).raw(true).all(...query.values.map(toSqliteValue)) as unknown[][];
  }
  const rows = await db.$queryRaw<Record<string, unknown>[]>(query);
  return rows.map((row) => Object.values(row));
}
