-- Indexes that prisma/models.prisma cannot express (Prisma 6 has no partial indexes). Each is created by a
-- migration; the drift test adds this file to the schema built from models.prisma before comparing.
-- Same SQL on SQLite and PostgreSQL.

-- One pledge-level target per (pledge, year): rows without a field, which the (pledgeId, year, fieldId) unique
-- index cannot catch because NULLs are distinct there.
CREATE UNIQUE INDEX "annual_targets_pledgeId_year_plan_key" ON "annual_targets"("pledgeId", "year") WHERE "fieldId" IS NULL;

-- The public timeline of a pledge, newest event first, read as an ordered index walk. PostgreSQL cannot order through
-- the (pledgeId, state, deletedAt, eventDate) index, because `deletedAt IS NULL` does not fix that column for
-- ordering: it sorted every public update of the pledge instead (about 170 ms at a million updates).
CREATE INDEX "progress_updates_pledge_public_timeline_idx" ON "progress_updates"("pledgeId", "eventDate", "id") WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;
