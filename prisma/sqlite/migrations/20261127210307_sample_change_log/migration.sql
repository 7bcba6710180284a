-- AlterTable (written by hand: a column with a default needs no table redefinition)
ALTER TABLE "public_changes" ADD COLUMN "isSample" BOOLEAN NOT NULL DEFAULT false;
