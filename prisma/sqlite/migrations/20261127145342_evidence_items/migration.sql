-- Written by hand instead of Prisma's table redefinitions, which would copy progress_updates and evidence and drop
-- the partial index on progress_updates: SQLite adds nullable or defaulted columns (and column-level foreign keys
-- with a NULL default) in place. Existing links and citations keep their rows; their source stays unclassified (NULL).

-- CreateTable
CREATE TABLE "documents" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "documents_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "document_blobs" (
    "documentId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "content" BLOB NOT NULL,
    CONSTRAINT "document_blobs_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "documents" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "progress_updates" ADD COLUMN "publicSummary" TEXT;
ALTER TABLE "progress_updates" ADD COLUMN "evidenceLevel" TEXT NOT NULL DEFAULT 'SELF_REPORTED';

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN "source" TEXT;
ALTER TABLE "evidence" ADD COLUMN "publisher" TEXT;
ALTER TABLE "evidence" ADD COLUMN "sourceDate" DATETIME;
ALTER TABLE "evidence" ADD COLUMN "documentId" INTEGER REFERENCES "documents" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD COLUMN "visibility" TEXT NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE "evidence" ADD COLUMN "reviewedById" INTEGER REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "evidence" ADD COLUMN "confirmedById" INTEGER REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD COLUMN "confirmedAt" DATETIME;

-- CreateIndex
CREATE INDEX "evidence_documentId_idx" ON "evidence"("documentId");
CREATE INDEX "documents_sha256_idx" ON "documents"("sha256");
