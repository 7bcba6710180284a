import { describe, expect, it } from "vitest";
import { provider } from "@/lib/db";
import { withDatabaseBeforeMigration } from "./migration-database";

// The migration that adds documents.attachedAt counts every document stored before it as attached: the orphan prune
// (lib/evidence/prune.ts) cannot tell one that a correction detached from one never attached, so it removes neither.

const MIGRATION = "document_attached_at";

const insert = `INSERT INTO "documents" ("id", "sha256", "mediaType", "byteSize", "fileName") VALUES (1, '${"a".repeat(64)}', 'application/pdf', 10, 'old.pdf'), (2, '${"b".repeat(64)}', 'text/plain', 3, 'detached.txt')`;
const select = `SELECT "id", "attachedAt" IS NOT NULL AND "attachedAt" = "createdAt" AS "kept" FROM "documents" ORDER BY "id"`;

describe(`migration ${MIGRATION} on ${provider}`, () => {
  it("marks every document already stored as attached, so none of them is ever pruned", async () => {
    await withDatabaseBeforeMigration(MIGRATION, async (database) => {
      await database.exec(insert);
      await database.migrate();
      expect((await database.rows(select)).map(([id, kept]) => [Number(id), Boolean(kept)])).toEqual([[1, true], [2, true]]);
    });
  });
});
