import { describe, expect, it } from "vitest";
import { createDb, provider, type Db } from "@/lib/db";
import { localizePledgeContent, readTranslations, revisionOf, serializeTranslations, writeTranslation } from "@/lib/pledges/translations";
import { seedReference } from "@/lib/seed/reference";
import { readSourceFacts } from "@/lib/seed/source";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that adds pledges.periodNote (the tracker's reading of the period), then the seed on that database:
// an existing pledge keeps its row and its admin's translations, and gets the period reading with its translations,
// once.

const MIGRATION = "pledge_period_note";
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
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      for (const statement of insert) await database.exec(statement);
      await database.migrate();
      expect(await database.rows(check)).toEqual([[training.title, null, adminTitle]]);
      await withDb(database.url, async (db) => {
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
