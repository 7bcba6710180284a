-- AlterTable
ALTER TABLE "pledges" ADD COLUMN     "reportingRhythmMonths" INTEGER NOT NULL DEFAULT 3;


-- Backfill of the public change log (public_changes) from the history already stored, so that the log of a deployed
-- tracker starts with what it published before the log existed: publications (publishedAt), corrections (their
-- revisions with the reason, the field-level before and after being on the public page of the update), deletions of
-- published updates (with the reason) and status changes. Only published data, since drafts and returned updates
-- never had a publishedAt. The actor is the public name of the user at migration time.
INSERT INTO "public_changes" ("kind", "pledgeId", "updateId", "entityType", "entityId", "summary", "actorName", "createdAt")
SELECT 'PUBLICATION'::"ChangeKind", u."pledgeId", u."id", 'update', CAST(u."id" AS TEXT), 'Published: ' || u."title", r."name", u."publishedAt"
FROM "progress_updates" u LEFT JOIN "users" r ON r."id" = u."reviewerId"
WHERE u."state" = 'PUBLISHED' AND u."publishedAt" IS NOT NULL
ORDER BY u."publishedAt", u."id";

INSERT INTO "public_changes" ("kind", "pledgeId", "updateId", "entityType", "entityId", "summary", "reason", "actorName", "createdAt")
SELECT 'CORRECTION'::"ChangeKind", u."pledgeId", u."id", 'update', CAST(u."id" AS TEXT), 'Corrected: ' || u."title", v."reason", a."name", v."createdAt"
FROM "update_revisions" v JOIN "progress_updates" u ON u."id" = v."updateId" LEFT JOIN "users" a ON a."id" = v."authorId"
WHERE u."state" = 'PUBLISHED'
ORDER BY v."createdAt", v."id";

INSERT INTO "public_changes" ("kind", "pledgeId", "updateId", "entityType", "entityId", "summary", "reason", "actorName", "createdAt")
SELECT 'DELETION'::"ChangeKind", u."pledgeId", u."id", 'update', CAST(u."id" AS TEXT), 'Deleted: ' || u."title", u."deleteReason", d."name", u."deletedAt"
FROM "progress_updates" u LEFT JOIN "users" d ON d."id" = u."deletedById"
WHERE u."state" = 'PUBLISHED' AND u."publishedAt" IS NOT NULL AND u."deletedAt" IS NOT NULL
ORDER BY u."deletedAt", u."id";

INSERT INTO "public_changes" ("kind", "pledgeId", "entityType", "entityId", "summary", "diff", "reason", "actorName", "createdAt")
SELECT 'STATUS'::"ChangeKind", s."pledgeId", 'pledge', CAST(s."pledgeId" AS TEXT), 'Status changed',
  '[{"field":"status","before":' || COALESCE('"' || CAST(s."fromStatus" AS TEXT) || '"', 'null') || ',"after":"' || CAST(s."toStatus" AS TEXT) || '"}]',
  s."reason", c."name", s."createdAt"
FROM "status_changes" s LEFT JOIN "users" c ON c."id" = s."changedById"
ORDER BY s."createdAt", s."id";
