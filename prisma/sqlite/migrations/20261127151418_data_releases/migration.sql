-- CreateTable
CREATE TABLE "data_releases" (
    "number" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "publicVersion" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "zipName" TEXT NOT NULL,
    "zip" BLOB NOT NULL,
    "packageJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

