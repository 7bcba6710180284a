import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { listMigrations } from "@/lib/db/health";
import { parseDatabaseUrl } from "@/lib/db/url";

// The committed migrations must build exactly the schema that prisma/models.prisma describes, plus the partial
// indexes Prisma cannot express (prisma/partial-indexes.sql), on each provider; and both providers must carry the
// same migration history.

function schemaScript(): string {
  const models = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  return `${models}\n${readFileSync(path.join("prisma", "partial-indexes.sql"), "utf8")}`;
}

function describeSqlite(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('_prisma_migrations', 'sqlite_sequence') ORDER BY name`)
      .all() as { name: string }[];
    return tables.map(({ name }) => ({
      name,
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((i) => ({ ...i, columns: db.prepare(`PRAGMA index_info("${i.name}")`).all() }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      // Compared without SQLite's ids, which follow declaration order: a column added in place with ALTER TABLE
      // lists its key last, and the order of foreign keys means nothing.
      foreignKeys: (db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { id: number; from: string; seq: number }[])
        .map((fk) => ({ ...fk, id: undefined }))
        .sort((a, b) => a.from.localeCompare(b.from) || a.seq - b.seq),
    }));
  } finally {
    db.close();
  }
}

async function describePostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text, column_default::text
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
       ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT indexname::text, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname::text, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\_prisma\_migrations%' ORDER BY conname`,
    );
    const enums = await client.query(
      `SELECT t.typname::text, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, enums: enums.rows };
  } finally {
    await client.end();
  }
}

describe(`schema drift on ${provider}`, () => {
  it("both providers carry the same migration history", () => {
    expect(listMigrations("postgresql")).toEqual(listMigrations("sqlite"));
  });

  it("the committed migrations build exactly the schema of prisma/models.prisma", async () => {
    const target = parseDatabaseUrl();
    const script = schemaScript();
    if (target.provider === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "pledge-drift-"));
      try {
        const fresh = path.join(dir, "fresh.db");
        const db = new Database(fresh);
        db.exec(script);
        db.close();
        expect(describeSqlite(target.file)).toEqual(describeSqlite(fresh));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const admin = new pg.Client({ connectionString: target.url });
      const name = `pledge_drift_${Date.now()}`;
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const url = new URL(target.url);
        url.pathname = `/${name}`;
        const fresh = new pg.Client({ connectionString: url.toString() });
        await fresh.connect();
        await fresh.query(script);
        await fresh.end();
        expect(await describePostgres(target.url)).toEqual(await describePostgres(url.toString()));
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    }
  });
});
