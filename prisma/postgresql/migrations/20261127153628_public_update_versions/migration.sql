-- CreateTable
CREATE TABLE "public_update_versions" (
    "id" SERIAL NOT NULL,
    "updateId" INTEGER NOT NULL,
    "updateVersion" INTEGER NOT NULL,
    "pledgeId" INTEGER NOT NULL,
    "fieldId" INTEGER,
    "eventDate" TIMESTAMP(3) NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "public_update_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_update_version_countries" (
    "versionId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    CONSTRAINT "public_update_version_countries_pkey" PRIMARY KEY ("versionId","countryId")
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

-- AddForeignKey
ALTER TABLE "public_update_version_countries" ADD CONSTRAINT "public_update_version_countries_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "public_update_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: the versions the public saw, rebuilt from each published update (deleted ones included) and the revisions
-- its corrections kept. A revision holds the version it replaced: in force from the previous correction (or the
-- publication) until the revision was written. The row itself is the last version, in force until its deletion.
INSERT INTO "public_update_versions" ("updateId", "updateVersion", "pledgeId", "fieldId", "eventDate", "quantity", "title", "description", "isSample", "publishedAt", "validFrom", "validTo")
SELECT r."updateId", r."version", u."pledgeId",
  CASE WHEN r."snapshot"::jsonb ->> 'field' IS NULL THEN NULL
    ELSE COALESCE((SELECT f."id" FROM "fields" f WHERE f."pledgeId" = u."pledgeId" AND f."name" = r."snapshot"::jsonb ->> 'field'), u."fieldId") END,
  (r."snapshot"::jsonb ->> 'eventDate')::timestamp(3),
  (r."snapshot"::jsonb ->> 'quantity')::double precision,
  r."snapshot"::jsonb ->> 'title',
  COALESCE(r."snapshot"::jsonb ->> 'description', ''),
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
FROM "public_update_versions" v JOIN "update_revisions" r ON r."updateId" = v."updateId" AND r."version" = v."updateVersion"
CROSS JOIN LATERAL jsonb_array_elements_text(r."snapshot"::jsonb -> 'countries') AS j("iso3")
JOIN "countries" c ON c."iso3" = j."iso3";
