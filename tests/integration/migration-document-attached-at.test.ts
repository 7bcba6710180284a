import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

// The migration that adds documents.attachedAt counts every document stored before it as attached: the orphan prune
// (lib/evidence/prune.ts) cannot tell one that a correction detached from one never attached, so it removes neither.

const MIGRATION = "document_attached_at";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

const insert = `INSERT INTO "documents" ("id", "sha256", "mediaType", "byteSize", "fileName") VALUES (1, '${"a".repeat(64)}', 'application/pdf', 10, 'old.pdf'), (2, '${"b".repeat(64)}', 'text/plain', 3, 'detached.txt')`;
const select = `SELECT "id", "attachedAt" IS NOT NULL AND "attachedAt" = "createdAt" AS "kept" FROM "documents" ORDER BY "id"`;

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("marks every document already stored as attached, so none of them is ever pruned", async () => {
    expect(target).toBeGreaterThan(0);
    const before = migrations.slice(0, target).map(sql).join("\n");
    if (provider === "sqlite") {
      const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
      const file = new Database(path.join(tmp, "m.db"));
      try {
        file.exec(before);
        file.exec(insert);
        file.exec(sql(migrations[target]));
        expect((file.prepare(select).raw(true).all() as unknown[][]).map(([id, kept]) => [Number(id), Boolean(kept)])).toEqual([[1, true], [2, true]]);
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
        await client.query(insert);
        await client.query(sql(migrations[target]));
        const { rows } = await client.query({ text: select, rowMode: "array" });
        expect(rows.map(([id, kept]: unknown[]) => [Number(id), Boolean(kept)])).toEqual([[1, true], [2, true]]);
      } finally {
        await client.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
