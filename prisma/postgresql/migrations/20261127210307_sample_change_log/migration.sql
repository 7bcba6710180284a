-- AlterTable
ALTER TABLE "public_changes" ADD COLUMN     "isSample" BOOLEAN NOT NULL DEFAULT false;

