import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { localizePledgeContent } from "@/lib/pledges/translations";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that adds the translations columns and the updates' language, run on rows the old schema wrote:
// nothing is lost, pledge content reads as untranslated, and every existing update is English.

const MIGRATION = "content_translations";
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
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      for (const statement of insert) await database.exec(statement);
      await database.migrate();
      const results: unknown[][][] = [];
      for (const q of checks) results.push(await database.rows(q));
      expect(results).toEqual(EXPECTED);
      const [[title, translations]] = results[0] as [string, string][];
      expect(localizePledgeContent({ title, summary: "s", sourceSentence: "q", targetNote: null, periodNote: null, unit: null, fieldLabel: null, translations }, "fr").title).toMatchObject({ text: "Old title", kind: "missing" });
    });
  });
});
