-- The public timeline of a pledge as an ordered index walk. See prisma/partial-indexes.sql.
CREATE INDEX "progress_updates_pledge_public_timeline_idx" ON "progress_updates"("pledgeId", "eventDate", "id") WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;
