-- CreateTable
CREATE TABLE "pledge_checks" (
    "id" SERIAL NOT NULL,
    "pledgeId" INTEGER NOT NULL,
    "year" INTEGER,
    "fieldId" INTEGER,
    "note" TEXT NOT NULL,
    "checkedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pledge_checks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pledge_checks_pledgeId_createdAt_idx" ON "pledge_checks"("pledgeId", "createdAt");

-- CreateIndex
CREATE INDEX "pledge_checks_pledgeId_year_fieldId_idx" ON "pledge_checks"("pledgeId", "year", "fieldId");

-- AddForeignKey
ALTER TABLE "pledge_checks" ADD CONSTRAINT "pledge_checks_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge_checks" ADD CONSTRAINT "pledge_checks_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "fields"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pledge_checks" ADD CONSTRAINT "pledge_checks_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

