-- CreateEnum
CREATE TYPE "AssessmentVerdict" AS ENUM ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'CANNOT_BE_ASSESSED');

-- CreateTable
CREATE TABLE "final_assessments" (
    "id" SERIAL NOT NULL,
    "pledgeId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "verdict" "AssessmentVerdict" NOT NULL,
    "finalValue" DOUBLE PRECISION,
    "methodNote" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "assessedOn" TIMESTAMP(3) NOT NULL,
    "assessedById" INTEGER,
    "assessedByName" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "final_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "final_assessments_pledgeId_version_key" ON "final_assessments"("pledgeId", "version");

-- AddForeignKey
ALTER TABLE "final_assessments" ADD CONSTRAINT "final_assessments_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "final_assessments" ADD CONSTRAINT "final_assessments_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

