-- The tracker reading of each pledge period, translatable like the target note (lib/pledges/reading.ts).
-- Null on existing rows: the seed fills the seeded pledges once, with their translations.
ALTER TABLE "pledges" ADD COLUMN "periodNote" TEXT;
