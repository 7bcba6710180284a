-- AlterTable
ALTER TABLE "progress_updates" ADD COLUMN     "selfPublished" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "settings" (
    "id" INTEGER NOT NULL,
    "allowSelfPublication" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("id")
);


-- Updates published before four eyes was enforced by their own author carry the mark too.
UPDATE "progress_updates" SET "selfPublished" = true WHERE "state" = 'PUBLISHED' AND "reviewerId" IS NOT NULL AND "reviewerId" = "authorId";
