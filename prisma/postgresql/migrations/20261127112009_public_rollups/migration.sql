-- CreateTable
CREATE TABLE "rollup_pledge_totals" (
    "pledgeId" INTEGER NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "sampleUpdates" INTEGER NOT NULL,
    "lastPublishedAt" TIMESTAMP(3),

    CONSTRAINT "rollup_pledge_totals_pkey" PRIMARY KEY ("pledgeId")
);

-- CreateTable
CREATE TABLE "rollup_pledge_years" (
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "rollup_pledge_years_pkey" PRIMARY KEY ("pledgeId","fieldId","year")
);

-- CreateTable
CREATE TABLE "rollup_pledge_days" (
    "pledgeId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "rollup_pledge_days_pkey" PRIMARY KEY ("pledgeId","day")
);

-- CreateTable
CREATE TABLE "rollup_country_reach" (
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "firstEventDate" TIMESTAMP(3) NOT NULL,
    "lastEventDate" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rollup_country_reach_pkey" PRIMARY KEY ("pledgeId","fieldId","countryId","year")
);

-- CreateTable
CREATE TABLE "rollup_pledge_regions" (
    "pledgeId" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "rollup_pledge_regions_pkey" PRIMARY KEY ("pledgeId","region")
);

-- CreateIndex
CREATE INDEX "rollup_country_reach_countryId_idx" ON "rollup_country_reach"("countryId");

-- CreateIndex
CREATE INDEX "progress_updates_state_deletedAt_eventDate_id_idx" ON "progress_updates"("state", "deletedAt", "eventDate", "id");

