-- CreateTable
CREATE TABLE "public_state" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- The one row every public-data transaction bumps.
INSERT INTO "public_state" ("id", "version") VALUES (1, 0);
