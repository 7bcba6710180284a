-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('PUBLICATION', 'CORRECTION', 'DELETION', 'STATUS', 'ASSESSMENT', 'CHECK', 'DEFINITION', 'EVIDENCE');

-- CreateTable
CREATE TABLE "public_changes" (
    "id" SERIAL NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "pledgeId" INTEGER,
    "updateId" INTEGER,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "diff" TEXT,
    "reason" TEXT,
    "actorName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "public_changes_createdAt_id_idx" ON "public_changes"("createdAt", "id");

-- CreateIndex
CREATE INDEX "public_changes_pledgeId_createdAt_id_idx" ON "public_changes"("pledgeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "public_changes_kind_createdAt_id_idx" ON "public_changes"("kind", "createdAt", "id");

-- CreateIndex
CREATE INDEX "public_changes_updateId_createdAt_idx" ON "public_changes"("updateId", "createdAt");

