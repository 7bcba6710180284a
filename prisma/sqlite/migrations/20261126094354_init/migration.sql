-- CreateTable
CREATE TABLE "announcements" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "speaker" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "quote" TEXT NOT NULL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "pledges" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sourceSentence" TEXT NOT NULL,
    "sourceCitation" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target" REAL NOT NULL,
    "targetNote" TEXT,
    "baseline" REAL NOT NULL DEFAULT 0,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "measure" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT 'TOTAL',
    "fieldLabel" TEXT NOT NULL DEFAULT 'field',
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "announcementId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "pledges_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "announcements" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "fields" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "fields_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "annual_targets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "year" INTEGER NOT NULL,
    "target" REAL NOT NULL,
    CONSTRAINT "annual_targets_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "annual_targets_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "fields" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATETIME,
    "completedAt" DATETIME,
    "evidenceUrl" TEXT,
    "evidenceNote" TEXT,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "milestones_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "countries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "iso3" TEXT NOT NULL,
    "iso2" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subregion" TEXT NOT NULL,
    "developing" BOOLEAN NOT NULL
);

-- CreateTable
CREATE TABLE "country_deliveries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "country_deliveries_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "country_deliveries_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "fields" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "country_deliveries_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "countries" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "country_deliveries_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "progress_updates" (
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
    CONSTRAINT "progress_updates_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "fields" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "progress_updates_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "update_countries" (
    "updateId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    PRIMARY KEY ("updateId", "countryId"),
    CONSTRAINT "update_countries_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "progress_updates" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "update_countries_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "countries" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "citation" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "evidence_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "progress_updates" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "update_revisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "authorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "update_revisions_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "progress_updates" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "update_revisions_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "status_changes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "status_changes_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "status_changes_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'EDITOR',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "pledges_slug_key" ON "pledges"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "fields_pledgeId_slug_key" ON "fields"("pledgeId", "slug");

-- CreateIndex
CREATE INDEX "annual_targets_pledgeId_year_idx" ON "annual_targets"("pledgeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "milestones_pledgeId_slug_key" ON "milestones"("pledgeId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso3_key" ON "countries"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso2_key" ON "countries"("iso2");

-- CreateIndex
CREATE INDEX "countries_region_idx" ON "countries"("region");

-- CreateIndex
CREATE INDEX "country_deliveries_pledgeId_status_idx" ON "country_deliveries"("pledgeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "country_deliveries_fieldId_countryId_key" ON "country_deliveries"("fieldId", "countryId");

-- CreateIndex
CREATE UNIQUE INDEX "progress_updates_externalId_key" ON "progress_updates"("externalId");

-- CreateIndex
CREATE INDEX "progress_updates_pledgeId_state_deletedAt_eventDate_idx" ON "progress_updates"("pledgeId", "state", "deletedAt", "eventDate");

-- CreateIndex
CREATE INDEX "progress_updates_state_deletedAt_publishedAt_idx" ON "progress_updates"("state", "deletedAt", "publishedAt");

-- CreateIndex
CREATE INDEX "progress_updates_fieldId_idx" ON "progress_updates"("fieldId");

-- CreateIndex
CREATE INDEX "update_countries_countryId_idx" ON "update_countries"("countryId");

-- CreateIndex
CREATE INDEX "evidence_updateId_idx" ON "evidence"("updateId");

-- CreateIndex
CREATE UNIQUE INDEX "update_revisions_updateId_version_key" ON "update_revisions"("updateId", "version");

-- CreateIndex
CREATE INDEX "status_changes_pledgeId_createdAt_idx" ON "status_changes"("pledgeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_idx" ON "audit_log"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- CreateIndex
CREATE INDEX "audit_log_actorId_idx" ON "audit_log"("actorId");

