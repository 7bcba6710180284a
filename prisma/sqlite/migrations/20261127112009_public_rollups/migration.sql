-- CreateTable
CREATE TABLE "rollup_pledge_totals" (
    "pledgeId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updates" INTEGER NOT NULL,
    "quantity" REAL NOT NULL,
    "sampleUpdates" INTEGER NOT NULL,
    "lastPublishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "rollup_pledge_years" (
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" REAL NOT NULL,

    PRIMARY KEY ("pledgeId", "fieldId", "year")
);

-- CreateTable
CREATE TABLE "rollup_pledge_days" (
    "pledgeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" REAL NOT NULL,

    PRIMARY KEY ("pledgeId", "day")
);

-- CreateTable
CREATE TABLE "rollup_country_reach" (
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" REAL NOT NULL,
    "firstEventDate" DATETIME NOT NULL,
    "lastEventDate" DATETIME NOT NULL,

    PRIMARY KEY ("pledgeId", "fieldId", "countryId", "year")
);

-- CreateTable
CREATE TABLE "rollup_pledge_regions" (
    "pledgeId" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" REAL NOT NULL,

    PRIMARY KEY ("pledgeId", "region")
);

-- CreateIndex
CREATE INDEX "rollup_country_reach_countryId_idx" ON "rollup_country_reach"("countryId");

-- CreateIndex
CREATE INDEX "progress_updates_state_deletedAt_eventDate_id_idx" ON "progress_updates"("state", "deletedAt", "eventDate", "id");

