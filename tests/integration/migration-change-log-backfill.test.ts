import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that adds freshness backfills the public change log of a deployed tracker from its stored history:
// publications, corrections, deletions of published updates and status changes; never drafts or returned updates.

const MIGRATION = "change_log_freshness";

const T = (day: number) => `2020-01-${String(day).padStart(2, "0")} 10:00:00`;
const INSERTS = [
  `INSERT INTO "users" ("id", "email", "name", "role", "updatedAt") VALUES (1, 'a@x.test', 'Ada Admin', 'ADMIN', '${T(1)}')`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "reviewerId", "publishedAt", "updatedAt")
     VALUES (1, 7, '${T(1)}', 4, 'Published one', 'PUBLISHED', 1, '${T(2)}', '${T(2)}')`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "updatedAt") VALUES (2, 7, '${T(1)}', 1, 'A draft', 'DRAFT', '${T(2)}')`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "reviewComment", "updatedAt")
     VALUES (3, 7, '${T(1)}', 1, 'Returned', 'RETURNED', 'internal comment', '${T(2)}')`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "reviewerId", "publishedAt", "deletedAt", "deletedById", "deleteReason", "updatedAt")
     VALUES (4, 7, '${T(1)}', 2, 'Deleted one', 'PUBLISHED', 1, '${T(3)}', '${T(5)}', 1, 'Counted twice', '${T(5)}')`,
  `INSERT INTO "progress_updates" ("id", "pledgeId", "eventDate", "quantity", "title", "state", "deletedAt", "deleteReason", "updatedAt")
     VALUES (5, 7, '${T(1)}', 2, 'Deleted draft', 'DRAFT', '${T(5)}', 'Never mind', '${T(5)}')`,
  `INSERT INTO "update_revisions" ("updateId", "version", "snapshot", "reason", "authorId", "createdAt") VALUES (1, 2, '{}', 'The report said 4', 1, '${T(4)}')`,
  `INSERT INTO "status_changes" ("pledgeId", "fromStatus", "toStatus", "reason", "changedById", "createdAt") VALUES (7, NULL, 'ON_TRACK', 'Started', 1, '${T(6)}')`,
  `INSERT INTO "status_changes" ("pledgeId", "fromStatus", "toStatus", "reason", "createdAt") VALUES (7, 'ON_TRACK', 'AT_RISK', 'Slowed', '${T(7)}')`,
];
const select = `SELECT "kind", "updateId", "summary", "reason", "actorName", "diff" FROM "public_changes" ORDER BY "createdAt", "id"`;
const EXPECTED = [
  ["PUBLICATION", 1, "Published: Published one", null, "Ada Admin", null],
  ["PUBLICATION", 4, "Published: Deleted one", null, "Ada Admin", null],
  ["CORRECTION", 1, "Corrected: Published one", "The report said 4", "Ada Admin", null],
  ["DELETION", 4, "Deleted: Deleted one", "Counted twice", "Ada Admin", null],
  ["STATUS", null, "Status changed", "Started", "Ada Admin", [{ field: "status", before: null, after: "ON_TRACK" }]],
  ["STATUS", null, "Status changed", "Slowed", null, [{ field: "status", before: "ON_TRACK", after: "AT_RISK" }]],
];

const PLEDGE = `INSERT INTO "pledges" ("slug", "title", "summary", "sourceSentence", "sourceCitation", "unit", "target", "periodStart", "periodEnd", "measure", "updatedAt")
  VALUES ('p', 'P', 'S', 'S', 'C', 'u', 1, '${T(1)}', '${T(2)}', 'SUM', '${T(1)}')`;
const rhythm = `SELECT "reportingRhythmMonths" FROM "pledges" WHERE "slug" = 'p'`;

const normalize = (rows: unknown[][]) =>
  rows.map(([kind, updateId, summary, reason, actor, diff]) => [kind, updateId === null ? null : Number(updateId), summary, reason, actor, diff === null ? null : JSON.parse(String(diff))]);

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("backfills the change log from published history only, and adds the quarterly rhythm", async () => {
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      await database.ignoreForeignKeys(); // the rows reference no real pledge
      for (const insert of INSERTS) await database.exec(insert);
      await database.migrate();
      expect(normalize(await database.rows(select))).toEqual(EXPECTED);
      await database.exec(PLEDGE);
      expect(await database.rows(rhythm)).toEqual([[3]]);
    });
  });
});
