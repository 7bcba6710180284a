-- CreateTable
CREATE TABLE "data_releases" (
    "number" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "publicVersion" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "zipName" TEXT NOT NULL,
    "zip" BYTEA NOT NULL,
    "packageJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_releases_pkey" PRIMARY KEY ("number")
);

