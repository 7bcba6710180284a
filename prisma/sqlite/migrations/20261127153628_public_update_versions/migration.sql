-- CreateTable
CREATE TABLE "public_update_versions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "updateVersion" INTEGER NOT NULL,
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "eventDate" DATETIME NOT NULL,
    "quantity" REAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validTo" DATETIME
);

-- CreateTable
CREATE TABLE "public_update_version_countries" (
    "versionId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    PRIMARY KEY ("versionId", "countryId"),
    CONSTRAINT "public_update_version_countries_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "public_update_versions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "public_update_versions_updateId_validTo_idx" ON "public_update_versions"("updateId", "validTo");

-- CreateIndex
CREATE INDEX "public_update_versions_pledgeId_validFrom_idx" ON "public_update_versions"("pledgeId", "validFrom");

-- CreateIndex
CREATE INDEX "public_update_versions_validFrom_idx" ON "public_update_versions"("validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "public_update_versions_updateId_updateVersion_key" ON "public_update_versions"("updateId", "updateVersion");

-- CreateIndex
CREATE INDEX "public_update_version_countries_countryId_idx" ON "public_update_version_countries"("countryId");


-- Backfill: the versions the public saw, rebuilt from each published update (deleted ones included) and the revisions
-- its corrections kept. A revision holds the version it replaced: in force from the previous correction (or the
-- publication) until the revision was written. The row itself is the last version, in force until its deletion.
INSERT INTO "public_update_versions" ("updateId", "updateVersion", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "isSample", "publishedAt", "validFrom", "validTo")
SELECT r."updateId", r."version", u."pledgeId",
  CASE WHEN json_extract(r."snapshot", '$.field') IS NULL THEN NULL
    ELSE COALESCE((SELECT f."id" FROM "fields" f WHERE f."pledgeId" = u."pledgeId" AND f."name" = json_extract(r."snapshot", '$.field')), u."fieldId") END,
  json_extract(r."snapshot", '$.eventDate') || 'T00:00:00.000+00:00',
  json_extract(r."snapshot", '$.quantity'),
  json_extract(r."snapshot", '$.title'),
  COALESCE(json_extract(r."snapshot", '$.description'), ''),
  u."isSample", u."publishedAt",
  COALESCE(LAG(r."createdAt") OVER (PARTITION BY r."updateId" ORDER BY r."version"), u."publishedAt"),
  r."createdAt"
FROM "update_revisions" r JOIN "progress_updates" u ON u."id" = r."updateId"
WHERE u."state" = 'PUBLISHED' AND u."publishedAt" IS NOT NULL;

INSERT INTO "public_update_versions" ("updateId", "updateVersion", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "isSample", "publishedAt", "validFrom", "validTo")
SELECT u."id", u."version", u."pledgeId", u."fieldId", u."eventDate", u."quantity", u."title", u."description", u."isSample", u."publishedAt",
  COALESCE((SELECT MAX(r."createdAt") FROM "update_revisions" r WHERE r."updateId" = u."id"), u."publishedAt"),
  u."deletedAt"
FROM "progress_updates" u
WHERE u."state" = 'PUBLISHED' AND u."publishedAt" IS NOT NULL;

INSERT INTO "public_update_version_countries" ("versionId", "countryId")
SELECT v."id", uc."countryId"
FROM "public_update_versions" v JOIN "progress_updates" u ON u."id" = v."updateId" AND u."version" = v."updateVersion"
JOIN "update_countries" uc ON uc."updateId" = u."id";

INSERT INTO "public_update_version_countries" ("versionId", "countryId")
SELECT DISTINCT v."id", c."id"
FROM "public_update_versions" v JOIN "update_revisions" r ON r."updateId" = v."updateId" AND r."version" = v."updateVersion",
  json_each(json_extract(r."snapshot", '$.countries')) j
JOIN "countries" c ON c."iso3" = j."value";
