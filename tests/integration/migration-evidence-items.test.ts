import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

// The evidence-items migration runs on data made with the schema before it: every link and citation keeps its row,
// text, kind and order; the new columns read as unclassified, public, not reviewed; updates start self-reported.

const MIGRATION = "evidence_items";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");

const now = provider === "sqlite" ? "'2019-01-01T00:00:00.000+00:00'" : "'2019-01-01'";
const INSERT = [
  `INSERT INTO "users" ("id", "email", "name", "role", "updatedAt") VALUES (1, 'e@x.test', 'E', 'EDITOR', ${now})`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "updatedAt", "authorId") VALUES
     (10, 1, ${now}, 5, 'Published', 'PUBLISHED', ${now}, 1), (11, 1, ${now}, 2, 'Draft', 'DRAFT', ${now}, 1)`,
  `INSERT INTO "evidence" ("id", "updateId", "kind", "url", "citation", "position") VALUES
     (100, 10, 'LINK', 'https://www.interpol.int/en/News', NULL, 0),
     (101, 10, 'CITATION', NULL, 'Annual report 2018, p. 12', 1),
     (102, 11, 'LINK', 'https://example.org/a', NULL, 0)`,
];
const SELECT_EVIDENCE = `SELECT "id", "updateId", "kind", "url", "citation", "position", "source", "publisher", "sourceDate", "documentId", "visibility", "reviewedById", "confirmedAt" FROM "evidence" ORDER BY "id"`;
const SELECT_UPDATES = `SELECT "id", "evidenceLevel", "publicSummary" FROM "progress_updates" ORDER BY "id"`;
const base = { source: null, publisher: null, sourceDate: null, documentId: null, visibility: "PUBLIC", reviewedById: null, confirmedAt: null };
const EXPECTED_EVIDENCE = [
  { id: 100, updateId: 10, kind: "LINK", url: "https://www.interpol.int/en/News", citation: null, position: 0, ...base },
  { id: 101, updateId: 10, kind: "CITATION", url: null, citation: "Annual report 2018, p. 12", position: 1, ...base },
  { id: 102, updateId: 11, kind: "LINK", url: "https://example.org/a", citation: null, position: 0, ...base },
];
const EXPECTED_UPDATES = [
  { id: 10, evidenceLevel: "SELF_REPORTED", publicSummary: null },
  { id: 11, evidenceLevel: "SELF_REPORTED", publicSummary: null },
];
const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("keeps every existing link and citation, with defaults that claim nothing", async () => {
    expect(target).toBeGreaterThan(0);
    const before = migrations.slice(0, target).map(sql).join("\n");
    const after = migrations.slice(target).map(sql);
    if (provider === "sqlite") {
      const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
      const file = new Database(path.join(tmp, "m.db"));
      try {
        file.exec(before);
        file.pragma("foreign_keys = OFF"); // the rows reference no real pledge
        for (const statement of INSERT) file.exec(statement);
        for (const script of after) file.exec(script);
        expect(numbers(file.prepare(SELECT_EVIDENCE).all() as Record<string, unknown>[])).toEqual(EXPECTED_EVIDENCE);
        expect(file.prepare(SELECT_UPDATES).all()).toEqual(EXPECTED_UPDATES);
        // The partial index on progress_updates survives (no table redefinition).
        expect(file.prepare(`SELECT name FROM sqlite_master WHERE name = 'progress_updates_pledge_public_timeline_idx'`).all()).toHaveLength(1);
      } finally {
        file.close();
        rmSync(tmp, { recursive: true, force: true });
      }
      return;
    }
    const admin = new pg.Client({ connectionString: parseDatabaseUrl().url });
    const name = `pledge_mig_ev_${Date.now()}`;
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(parseDatabaseUrl().url);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(before);
        await client.query("SET session_replication_role = replica");
        for (const statement of INSERT) await client.query(statement);
        for (const script of after) await client.query(script);
        expect((await client.query(SELECT_EVIDENCE)).rows).toEqual(EXPECTED_EVIDENCE);
        expect((await client.query(SELECT_UPDATES)).rows).toEqual(EXPECTED_UPDATES);
      } finally {
        await client.end();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
