import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDb, provider, type Db } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";
import { localizePledgeContent, readTranslations, revisionOf, serializeTranslations, writeTranslation } from "@/lib/pledges/translations";
import { seedReference } from "@/lib/seed/reference";
import { readSourceFacts } from "@/lib/seed/source";

// The migration that adds pledges.periodNote (the tracker's reading of the period), then the seed on that database:
// an existing pledge keeps its row and its admin's translations, and gets the period reading with its translations,
// once.

const MIGRATION = "pledge_period_note";
const dir = path.join("prisma", provider, "migrations");
const migrations = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const target = migrations.findIndex((m) => m.endsWith(MIGRATION));
const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
const now = provider === "sqlite" ? "'2020-01-01T00:00:00.000+00:00'" : "'2020-01-01 00:00:00'";

const facts = readSourceFacts();
const training = facts.pledges.find((p) => p.key === "training")!;
// An admin's official French title, written before the column existed.
const adminTitle = serializeTranslations(writeTranslation({}, { locale: "fr", key: "title", text: "Titre choisi par un administrateur", official: true, english: training.title }));
// No explicit ids: the seed inserts rows after these, and PostgreSQL's sequences would not know of them.
const insert = [
  `INSERT INTO "announcements" ("speaker", "event", "place", "date", "quote", "source") VALUES ('S', 'E', 'P', ${now}, 'A quote', 'src')`,
  `INSERT INTO "pledges" ("slug", "title", "summary", "sourceSentence", "sourceCitation", "unit", "target", "periodStart", "periodEnd", "measure", "announcementId", "updatedAt", "translations")
    VALUES ('training', '${training.title}', 'Old summary', 'Old sentence', 'cite', 'people', 20000, ${now}, ${now}, 'SUM', (SELECT "id" FROM "announcements"), ${now}, '${adminTitle}')`,
];
const check = `SELECT "title", "periodNote", "translations" FROM "pledges"`;

/** Runs the migrations before ours, the old rows, then ours; returns the check's rows and the database's URL. */
async function migrateOldDatabase(run: (rows: unknown[][], url: string) => Promise<void>) {
  const before = migrations.slice(0, target).map(sql).join("\n");
  if (provider === "sqlite") {
    const tmp = mkdtempSync(path.join(tmpdir(), "pledge-mig-"));
    const file = path.join(tmp, "m.db");
    const database = new Database(file);
    try {
      database.exec(before);
      for (const statement of insert) database.exec(statement);
      database.exec(sql(migrations[target]));
      const rows = database.prepare(check).raw(true).all() as unknown[][];
      database.close();
      await run(rows, `file:${file}`);
    } finally {
      if (database.open) database.close();
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
    let rows: unknown[][];
    try {
      await client.query(before);
      for (const statement of insert) await client.query(statement);
      await client.query(sql(migrations[target]));
      rows = (await client.query({ text: check, rowMode: "array" })).rows;
    } finally {
      await client.end();
    }
    await run(rows, url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function withDb(url: string, run: (db: Db) => Promise<void>) {
  const other = createDb(url);
  try {
    await run(other.db);
  } finally {
    await other.db.$disconnect();
  }
}

describe(`migration ${MIGRATION} on ${provider}, then the seed`, () => {
  it("keeps the old row, then fills the period reading and its translations beside the admin's, once", async () => {
    expect(target).toBeGreaterThan(0);
    await migrateOldDatabase(async (rows, url) => {
      expect(rows).toEqual([[training.title, null, adminTitle]]);
      await withDb(url, async (db) => {
        await seedReference(db);
        const row = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
        expect(row.periodNote).toBe(facts.period.interpretation);
        const translations = readTranslations(row.translations);
        expect(translations.fr?.title).toMatchObject({ text: "Titre choisi par un administrateur", official: true });
        for (const locale of ["fr", "es", "ar", "zh"] as const) {
          expect(translations[locale]?.periodNote).toMatchObject({ official: false, revision: revisionOf(facts.period.interpretation) });
        }
        // Only the new text: the row already had translations, so the other seeded ones stay the admin's choice.
        expect(translations.es?.title).toBeUndefined();
        expect(localizePledgeContent(row, "fr").periodNote).toMatchObject({ lang: "fr", kind: "unofficial", outdated: false, english: facts.period.interpretation });
        // A pledge the seed creates on this database has its reading from the start.
        const created = await db.pledge.findUniqueOrThrow({ where: { slug: "joint-operations" } });
        expect(localizePledgeContent(created, "ar").periodNote).toMatchObject({ lang: "ar", kind: "unofficial", english: facts.period.interpretation });

        await seedReference(db);
        expect(await db.pledge.findUniqueOrThrow({ where: { slug: "training" } })).toMatchObject({ periodNote: row.periodNote, translations: row.translations });
      });
    });
  });
});
