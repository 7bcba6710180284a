-- CreateTable
CREATE TABLE "announcement_sources" (
    "id" SERIAL NOT NULL,
    "announcementId" INTEGER NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publishedOn" TIMESTAMP(3),
    "url" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "supports" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "announcement_sources_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "announcement_sources_announcementId_url_key" ON "announcement_sources"("announcementId", "url");

-- AddForeignKey
ALTER TABLE "announcement_sources" ADD CONSTRAINT "announcement_sources_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "announcements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

