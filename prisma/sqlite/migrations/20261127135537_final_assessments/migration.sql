-- CreateTable
CREATE TABLE "final_assessments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pledgeId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "finalValue" REAL,
    "methodNote" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    "assessedOn" DATETIME NOT NULL,
    "assessedById" INTEGER,
    "assessedByName" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "final_assessments_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "pledges" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "final_assessments_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "final_assessments_pledgeId_version_key" ON "final_assessments"("pledgeId", "version");

