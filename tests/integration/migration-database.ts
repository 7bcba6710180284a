import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

/** A throwaway database of this run's engine, at the schema just before the migration under test. */
export type MigrationDatabase = {
  /** Runs one or more SQL statements. */
  exec: (sql: string) => Promise<void>;
  /** A query's rows as arrays of column values. */
  rows: (sql: string) => Promise<unknown[][]>;
  /** A query's rows as objects. */
  records: (sql: string) => Promise<Record<string, unknown>[]>;
  /** Turns foreign-key checks off for this connection, for rows that reference no real parent. */
  ignoreForeignKeys: () => Promise<void>;
  /** Runs the migration under test; `through: "latest"` runs every later one too. */
  migrate: (options?: { through?: "latest" }) => Promise<void>;
};

type Connection = Omit<MigrationDatabase, "migrate"> & { close: () => Promise<void> };

const dir = path.join("prisma", provider, "migrations");
const readMigration = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

/**
 * Tests one migration on data the schema before it allowed: makes a new database (a temporary SQLite file, or a
 * database on the PostgreSQL server of the run), applies the committed migrations before the one whose name ends with
 * `migration`, hands it to `run` (which writes rows, calls migrate() and reads the result), and removes it afterwards.
 */
export async function withDatabaseBeforeMigration(migration: string, run: (database: MigrationDatabase) => Promise<void>): Promise<void> {
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const target = names.findIndex((name) => name.endsWith(migration));
  if (target < 1) throw new Error(`No migration ending with "${migration}" after the first one in ${dir}`);
  const connection = provider === "sqlite" ? openSqlite() : await openPostgres();
  try {
    await connection.exec(names.slice(0, target).map(readMigration).join("\n"));
    const { exec, rows, records, ignoreForeignKeys } = connection;
    const migrate = async ({ through }: { through?: "latest" } = {}) => {
      for (const name of names.slice(target, through === "latest" ? undefined : target + 1)) await exec(readMigration(name));
    };
    await run({ exec, rows, records, ignoreForeignKeys, migrate });
  } finally {
    await connection.close();
  }
}

function openSqlite(): Connection {
  const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
  const file = new Database(path.join(tmp, "m.db"));
  return {
    exec: async (sql) => void file.exec(sql),
    rows: async (sql) => file.prepare(sql).raw(true).all() as unknown[][],
    records: async (sql) => file.prepare(sql).all() as Record<string, unknown>[],
    // After the earlier migrations, which may switch them back on (a SQLite table rebuild ends with PRAGMA foreign_keys=ON).
    ignoreForeignKeys: async () => void file.pragma("foreign_keys = OFF"),
    close: async () => {
      file.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<Connection> {
  const server = parseDatabaseUrl().url;
  const admin = new pg.Client({ connectionString: server });
  const name = `pledge_mig_${process.pid}_${Date.now()}`;
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  const url = new URL(server);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async (sql) => (await client.query({ text: sql, rowMode: "array" })).rows,
    records: async (sql) => (await client.query(sql)).rows,
    ignoreForeignKeys: async () => void (await client.query("SET session_replication_role = replica")),
    close: async () => {
      try {
        await client.end();
      } finally {
        await drop();
      }
    },
  };
}
