import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

// The migration that makes annual targets unique must keep databases that already hold duplicates (stored by
// concurrent plan saves) migratable: it keeps the latest row of each (pledge, year, field) and nothing else changes.

const MIGRATION = "annual_targets_unique";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

// (pledge, year, field): two pledge-level rows for year 1, two for field 7 in year 1, and rows that are not duplicates.
const ROWS = [
  [1, 1, null, 10],
  [1, 1, null, 11],
  [1, 2, null, 20],
  [1, 1, 7, 1],
  [1, 1, 7, 2],
  [1, 1, 8, 3],
  [2, 1, null, 5],
] as const;
const KEPT = [
  [1, 1, null, 11],
  [1, 2, null, 20],
  [1, 1, 7, 2],
  [1, 1, 8, 3],
  [2, 1, null, 5],
];

const insert = `INSERT INTO "annual_targets" ("pledgeId", "year", "fieldId", "target") VALUES ${ROWS.map((r) => `(${r.map((v) => v ?? "NULL").join(", ")})`).join(", ")}`;
const select = `SELECT "pledgeId", "year", "fieldId", "target" FROM "annual_targets" ORDER BY "id"`;

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("keeps the latest of each duplicate target and then refuses duplicates", async () => {
    expect(target).toBeGreaterThan(0);
    const before = migrations.slice(0, target).map(sql).join("\n");
    if (provider === "sqlite") {
      const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
      const file = new Database(path.join(tmp, "m.db"));
      try {
        file.exec(before);
        // After the earlier migrations, which may switch foreign keys back on (a SQLite table rebuild ends with
        // PRAGMA foreign_keys=ON): the rows reference no real pledges or fields.
        file.pragma("foreign_keys = OFF");
        file.exec(insert);
        file.exec(sql(migrations[target]));
        expect((file.prepare(select).raw(true).all() as unknown[][]).map((r) => r.map(Number))).toEqual(KEPT.map((r) => r.map(Number)));
        expect(() => file.exec(`INSERT INTO "annual_targets" ("pledgeId", "year", "fieldId", "target") VALUES (2, 1, NULL, 6)`)).toThrow(/UNIQUE/);
      } finally {
        file.close();
        rmSync(tmp, { recursive: true, force: true });
      }
      return;
    }
    const admin = new pg.Client({ connectionString: parseDatabaseUrl().url });
    const name = `pledge_mig_${Date.now()}`;
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(parseDatabaseUrl().url);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(before);
        await client.query("SET session_replication_role = replica"); // no foreign-key checks for these rows
        await client.query(insert);
        await client.query(sql(migrations[target]));
        const { rows } = await client.query({ text: select, rowMode: "array" });
        expect(rows.map((r: unknown[]) => r.map(Number))).toEqual(KEPT.map((r) => r.map(Number)));
        await expect(client.query(`INSERT INTO "annual_targets" ("pledgeId", "year", "fieldId", "target") VALUES (2, 1, NULL, 6)`)).rejects.toMatchObject({ code: "23505" });
      } finally {
        await client.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
