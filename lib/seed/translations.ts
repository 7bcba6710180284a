import { readFileSync } from "node:fs";
import path from "node:path";
import type { Tx } from "../db";
import { isLocale } from "../i18n/locales";
import { readTranslations, serializeTranslations, writeTranslation, type Translations } from "../pledges/translations";

// The tracker's own translations of the seeded content (prisma/source/pledge-translations.json), keyed by the English
// they translate: the revision each records is that English's, so an admin's later edit of the English shows them
// outdated. Written only into rows without translations (and, for a text added later, once into the rows that predate
// it): an admin's translations are never overwritten.

type ByLocale = Record<string, string>;
type SourceTranslations = {
  announcement: { quote: ByLocale };
  period: { interpretation: ByLocale };
  pledges: Record<string, Record<string, ByLocale>>;
  fields: Record<string, Record<string, ByLocale>>;
  milestones: Record<string, Record<string, ByLocale>>;
};

function readSource(): SourceTranslations {
  return JSON.parse(readFileSync(path.join(process.cwd(), "prisma/source/pledge-translations.json"), "utf8")) as SourceTranslations;
}

/**
 * The tracker's (unofficial) translations of one row, each key translating `english[key]`, added to `existing`
 * where it has none for that language and key.
 */
function buildTranslations(texts: Record<string, ByLocale | undefined>, english: Record<string, string | null>, existing: Translations = {}): string {
  let translations = existing;
  for (const [key, byLocale] of Object.entries(texts)) {
    const original = english[key];
    if (!byLocale || !original) continue;
    for (const [locale, text] of Object.entries(byLocale)) {
      if (isLocale(locale) && !translations[locale]?.[key]) translations = writeTranslation(translations, { locale, key, text, official: false, english: original });
    }
  }
  return serializeTranslations(translations);
}

/**
 * The period's reading came after the first seed: a pledge row older than its column has none (NULL). Fills the
 * English and adds its translations beside the row's own, once: the column is not NULL afterwards, so an admin's
 * later removal of one of these translations stays removed.
 */
async function backfillPeriodNote(tx: Tx, pledge: { id: number; english: string; translations: ByLocale | undefined }): Promise<void> {
  const row = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { periodNote: true, translations: true } });
  if (row.periodNote !== null) return;
  const translations = buildTranslations({ periodNote: pledge.translations }, { periodNote: pledge.english }, readTranslations(row.translations));
  await tx.pledge.updateMany({ where: { id: pledge.id, periodNote: null, translations: row.translations }, data: { periodNote: pledge.english, translations } });
}

export async function seedTranslations(
  tx: Tx,
  seeded: {
    announcement: { id: number; quote: string };
    pledges: { id: number; slug: string; english: Record<string, string | null> & { periodNote: string } }[];
  },
): Promise<void> {
  const source = readSource();
  const untranslated = "{}";
  const a = seeded.announcement;
  await tx.announcement.updateMany({ where: { id: a.id, translations: untranslated }, data: { translations: buildTranslations(source.announcement, { quote: a.quote }) } });
  for (const p of seeded.pledges) {
    const texts = { ...source.pledges[p.slug], periodNote: source.period.interpretation };
    await tx.pledge.updateMany({ where: { id: p.id, translations: untranslated }, data: { translations: buildTranslations(texts, p.english) } });
    await backfillPeriodNote(tx, { id: p.id, english: p.english.periodNote, translations: texts.periodNote });
    for (const [name, byLocale] of Object.entries(source.fields[p.slug] ?? {})) {
      await tx.field.updateMany({ where: { pledgeId: p.id, name, translations: untranslated }, data: { translations: buildTranslations({ name: byLocale }, { name }) } });
    }
    for (const [title, byLocale] of Object.entries(source.milestones[p.slug] ?? {})) {
      await tx.milestone.updateMany({ where: { pledgeId: p.id, title, translations: untranslated }, data: { translations: buildTranslations({ title: byLocale }, { title }) } });
    }
  }
}
