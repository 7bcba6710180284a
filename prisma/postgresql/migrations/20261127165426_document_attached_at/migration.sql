-- AlterTable
ALTER TABLE "documents" ADD COLUMN     "attachedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "documents_attachedAt_createdAt_idx" ON "documents"("attachedAt", "createdAt");


-- Documents stored before this column count as attached, so the orphan prune never removes them: one that a
-- correction detached (still named by revisions) cannot be told apart from one never attached
UPDATE "documents" SET "attachedAt" = "createdAt";
