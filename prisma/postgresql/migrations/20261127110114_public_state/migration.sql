-- CreateTable
CREATE TABLE "public_state" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "public_state_pkey" PRIMARY KEY ("id")
);


-- The one row every public-data transaction bumps.
INSERT INTO "public_state" ("id", "version") VALUES (1, 0);
