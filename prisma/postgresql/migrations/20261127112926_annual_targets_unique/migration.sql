-- One target per (pledge, year, field). Concurrent plan saves could store a year twice: keep the latest row
-- (highest id) of each duplicate group before the unique indexes go on.
DELETE FROM "annual_targets"
WHERE "id" NOT IN (SELECT MAX("id") FROM "annual_targets" GROUP BY "pledgeId", "year", "fieldId");

-- DropIndex
DROP INDEX "annual_targets_pledgeId_year_idx";

-- CreateIndex
CREATE UNIQUE INDEX "annual_targets_pledgeId_year_fieldId_key" ON "annual_targets"("pledgeId", "year", "fieldId");

-- Pledge-level rows (no field): NULLs are distinct in the index above. See prisma/partial-indexes.sql.
CREATE UNIQUE INDEX "annual_targets_pledgeId_year_plan_key" ON "annual_targets"("pledgeId", "year") WHERE "fieldId" IS NULL;
