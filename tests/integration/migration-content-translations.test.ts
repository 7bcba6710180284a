import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";
import { localizePledgeContent } from "@/lib/pledges/translations";

// The migration that adds the translations columns and the updates' language, run on rows the old schema wrote:
// nothing is lost, pledge content reads as untranslated, and every existing update is English.

const MIGRATION = "content_translations";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
const now = provider === "sqlite" ? "'2020-01-01T00:00:00.000+00:00'" : "'2020-01-01 00:00:00'";

const insert = [
  `INSERT INTO "announcements" ("id", "speaker", "event", "place", "date", "quote", "source") VALUES (1, 'S', 'E', 'P', ${now}, 'A quote', 'src')`,
  `INSERT INTO "pledges" ("id", "slug", "title", "summary", "sourceSentence", "sourceCitation", "unit", "target", "periodStart", "periodEnd", "measure", "announcementId", "updatedAt")
    VALUES (1, 'old', 'Old title', 'Old summary', 'Old sentence', 'cite', 'things', 10, ${now}, ${now}, 'SUM', 1, ${now})`,
  `INSERT INTO "fields" ("id", "pledgeId", "slug", "name") VALUES (1, 1, 'alpha', 'Alpha')`,
  `INSERT INTO "milestones" ("id", "pledgeId", "slug", "title", "updatedAt") VALUES (1, 1, 'm', 'Milestone', ${now})`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "updatedAt") VALUES (1, 1, ${now}, 3, 'Written before', 'PUBLISHED', ${now})`,
];
const checks = [
  `SELECT "title", "translations" FROM "pledges"`,
  `SELECT "name", "translations" FROM "fields"`,
  `SELECT "title", "translations" FROM "milestones"`,
  `SELECT "quote", "translations" FROM "announcements"`,
  `SELECT "title", "lang" FROM "progress_updates"`,
];
const EXPECTED = [[["Old title", "{}"]], [["Alpha", "{}"]], [["Milestone", "{}"]], [["A quote", "{}"]], [["Written before", "en"]]];

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("keeps every row the old schema wrote, untranslated, with English updates", async () => {
    expect(target).toBeGreaterThan(0);
    const before = migrations.slice(0, target).map(sql).join("\n");
    let results: unknown[][][];
    if (provider === "sqlite") {
      const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
      const file = new Database(path.join(tmp, "m.db"));
      try {
        file.exec(before);
        for (const statement of insert) file.exec(statement);
        file.exec(sql(migrations[target]));
        results = checks.map((q) => file.prepare(q).raw(true).all() as unknown[][]);
      } finally {
        file.close();
        rmSync(tmp, { recursive: true, force: true });
      }
    } else {
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
          for (const statement of insert) await client.query(statement);
          await client.query(sql(migrations[target]));
          results = [];
          for (const q of checks) results.push((await client.query({ text: q, rowMode: "array" })).rows);
        } finally {
          await client.end();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    }
    expect(results).toEqual(EXPECTED);
    const [[title, translations]] = results[0] as [string, string][];
    expect(localizePledgeContent({ title, summary: "s", sourceSentence: "q", targetNote: null, periodNote: null, translations }, "fr").title).toMatchObject({ text: "Old title", kind: "missing" });
  });
});
