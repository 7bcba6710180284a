-- CreateEnum
CREATE TYPE "EvidenceSource" AS ENUM ('GOVERNMENT', 'RECIPIENT', 'INTERPOL', 'INDEPENDENT', 'INTERNAL_DOCUMENT');

-- CreateEnum
CREATE TYPE "EvidenceVisibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "EvidenceLevel" AS ENUM ('SELF_REPORTED', 'CORROBORATED', 'DOCUMENTED');

-- AlterTable
ALTER TABLE "progress_updates" ADD COLUMN     "evidenceLevel" "EvidenceLevel" NOT NULL DEFAULT 'SELF_REPORTED',
ADD COLUMN     "publicSummary" TEXT;

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" INTEGER,
ADD COLUMN     "documentId" INTEGER,
ADD COLUMN     "publisher" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER,
ADD COLUMN     "source" "EvidenceSource",
ADD COLUMN     "sourceDate" TIMESTAMP(3),
ADD COLUMN     "visibility" "EvidenceVisibility" NOT NULL DEFAULT 'PUBLIC';

-- CreateTable
CREATE TABLE "documents" (
    "id" SERIAL NOT NULL,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_blobs" (
    "documentId" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "document_blobs_pkey" PRIMARY KEY ("documentId")
);

-- CreateIndex
CREATE INDEX "documents_sha256_idx" ON "documents"("sha256");

-- CreateIndex
CREATE INDEX "evidence_documentId_idx" ON "evidence"("documentId");

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_blobs" ADD CONSTRAINT "document_blobs_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

