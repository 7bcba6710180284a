-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "allowSelfPublication" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable: `migrate diff` writes a table redefinition here, which would drop the partial index
-- progress_updates_pledge_public_timeline_idx (prisma/partial-indexes.sql) and copy every update. The new column is
-- the model's last, so adding it in place builds the same table.
ALTER TABLE "progress_updates" ADD COLUMN "selfPublished" BOOLEAN NOT NULL DEFAULT false;

-- Updates published before four eyes was enforced by their own author carry the mark too.
UPDATE "progress_updates" SET "selfPublished" = true WHERE "state" = 'PUBLISHED' AND "reviewerId" IS NOT NULL AND "reviewerId" = "authorId";
