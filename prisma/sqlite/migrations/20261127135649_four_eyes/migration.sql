-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "allowSelfPublication" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_progress_updates" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "eventDate" DATETIME NOT NULL,
    "quantity" REAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "reviewComment" TEXT,
    "externalId" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" INTEGER,
    "reviewerId" INTEGER,
    "submittedAt" DATETIME,
    "reviewedAt" DATETIME,
    "publishedAt" DATETIME,
    "correctedAt" DATETIME,
    "deletedAt" DATETIME,
    "deletedById" INTEGER,
    "deleteReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "selfPublished" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "progress_updates_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "fields" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_progress_updates" ("authorId", "correctedAt", "createdAt", "deleteReason", "deletedAt", "deletedById", "description", "eventDate", "externalId", "fieldId", "id", "isSample", "pledgeId", "publishedAt", "quantity", "reviewComment", "reviewedAt", "reviewerId", "state", "submittedAt", "title", "updatedAt", "version") SELECT "authorId", "correctedAt", "createdAt", "deleteReason", "deletedAt", "deletedById", "description", "eventDate", "externalId", "fieldId", "id", "isSample", "pledgeId", "publishedAt", "quantity", "reviewComment", "reviewedAt", "reviewerId", "state", "submittedAt", "title", "updatedAt", "version" FROM "progress_updates";
DROP TABLE "progress_updates";
ALTER TABLE "new_progress_updates" RENAME TO "progress_updates";
CREATE UNIQUE INDEX "progress_updates_externalId_key" ON "progress_updates"("externalId");
CREATE INDEX "progress_updates_pledgeId_state_deletedAt_eventDate_idx" ON "progress_updates"("pledgeId", "state", "deletedAt", "eventDate");
CREATE INDEX "progress_updates_state_deletedAt_publishedAt_idx" ON "progress_updates"("state", "deletedAt", "publishedAt");
CREATE INDEX "progress_updates_fieldId_idx" ON "progress_updates"("fieldId");
CREATE INDEX "progress_updates_state_deletedAt_eventDate_id_idx" ON "progress_updates"("state", "deletedAt", "eventDate", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Updates published before four eyes was enforced by their own author carry the mark too.
UPDATE "progress_updates" SET "selfPublished" = true WHERE "state" = 'PUBLISHED' AND "reviewerId" IS NOT NULL AND "reviewerId" = "authorId";
