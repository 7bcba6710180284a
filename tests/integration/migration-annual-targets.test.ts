import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that makes annual targets unique must keep databases that already hold duplicates (stored by
// concurrent plan saves) migratable: it keeps the latest row of each (pledge, year, field) and nothing else changes.

const MIGRATION = "annual_targets_unique";

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
const duplicate = `INSERT INTO "annual_targets" ("pledgeId", "year", "fieldId", "target") VALUES (2, 1, NULL, 6)`;

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("keeps the latest of each duplicate target and then refuses duplicates", async () => {
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      await database.ignoreForeignKeys(); // the rows reference no real pledges or fields
      await database.exec(insert);
      await database.migrate();
      expect((await database.rows(select)).map((r) => r.map(Number))).toEqual(KEPT.map((r) => r.map(Number)));
      await expect(database.exec(duplicate)).rejects.toMatchObject({ code: provider === "sqlite" ? "SQLITE_CONSTRAINT_UNIQUE" : "23505" });
    });
  });
});
