-- Translations of pledge content (lib/pledges/translations.ts) and the language updates are written in.
-- Hand-written ADD COLUMN (migrate diff redefines the tables).
ALTER TABLE "announcements" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "pledges" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "fields" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "milestones" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "progress_updates" ADD COLUMN "lang" TEXT NOT NULL DEFAULT 'en';
