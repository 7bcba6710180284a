import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { withDatabaseBeforeMigration } from "./migration-database";

// The evidence-items migration runs on data made with the schema before it: every link and citation keeps its row,
// text, kind and order; the new columns read as unclassified, public, not reviewed; updates start self-reported.

const MIGRATION = "evidence_items";

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
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      await database.ignoreForeignKeys(); // the rows reference no real pledge
      for (const statement of INSERT) await database.exec(statement);
      await database.migrate({ through: "latest" });
      expect(numbers(await database.records(SELECT_EVIDENCE))).toEqual(EXPECTED_EVIDENCE);
      expect(await database.records(SELECT_UPDATES)).toEqual(EXPECTED_UPDATES);
      // The partial index on progress_updates survives (no table redefinition).
      if (provider === "sqlite") expect(await database.rows(`SELECT name FROM sqlite_master WHERE name = 'progress_updates_pledge_public_timeline_idx'`)).toHaveLength(1);
    });
  });
});
