-- CreateTable
CREATE TABLE "announcement_sources" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "announcementId" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publishedOn" DATETIME,
    "url" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "supports" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "announcement_sources_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "announcements" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "announcement_sources_announcementId_url_key" ON "announcement_sources"("announcementId", "url");

