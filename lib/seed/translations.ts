import { readFileSync } from "node:fs";
import path from "node:path";
import type { Tx } from "../db";
import { isLocale } from "../i18n/locales";
import { serializeTranslations, writeTranslation, type Translations } from "../pledges/translations";

// The tracker's own translations of the seeded content (prisma/source/pledge-translations.json), keyed by the English
// they translate: the revision each records is that English's, so an admin's later edit of the English shows them
// outdated. Written only into rows without translations: an admin's translations are never overwritten.

type ByLocale = Record<string, string>;
type SourceTranslations = {
  announcement: { quote: ByLocale };
  pledges: Record<string, Record<string, ByLocale>>;
  fields: Record<string, Record<string, ByLocale>>;
  milestones: Record<string, Record<string, ByLocale>>;
};

function readSource(): SourceTranslations {
  return JSON.parse(readFileSync(path.join(process.cwd(), "prisma/source/pledge-translations.json"), "utf8")) as SourceTranslations;
}

/** The tracker's (unofficial) translations of one row, each key translating `english[key]`. */
function buildTranslations(texts: Record<string, ByLocale | undefined>, english: Record<string, string | null>): string {
  let translations: Translations = {};
  for (const [key, byLocale] of Object.entries(texts)) {
    const original = english[key];
    if (!byLocale || !original) continue;
    for (const [locale, text] of Object.entries(byLocale)) {
      if (isLocale(locale)) translations = writeTranslation(translations, { locale, key, text, official: false, english: original });
    }
  }
  return serializeTranslations(translations);
}

export async function seedTranslations(
  tx: Tx,
  seeded: { announcement: { id: number; quote: string }; pledges: { id: number; slug: string; english: Record<string, string | null> }[] },
): Promise<void> {
  const source = readSource();
  const untranslated = "{}";
  const a = seeded.announcement;
  await tx.announcement.updateMany({ where: { id: a.id, translations: untranslated }, data: { translations: buildTranslations(source.announcement, { quote: a.quote }) } });
  for (const p of seeded.pledges) {
    const texts = source.pledges[p.slug] ?? {};
    await tx.pledge.updateMany({ where: { id: p.id, translations: untranslated }, data: { translations: buildTranslations(texts, p.english) } });
    for (const [name, byLocale] of Object.entries(source.fields[p.slug] ?? {})) {
      await tx.field.updateMany({ where: { pledgeId: p.id, name, translations: untranslated }, data: { translations: buildTranslations({ name: byLocale }, { name }) } });
    }
    for (const [title, byLocale] of Object.entries(source.milestones[p.slug] ?? {})) {
      await tx.milestone.updateMany({ where: { pledgeId: p.id, title, translations: untranslated }, data: { translations: buildTranslations({ title: byLocale }, { title }) } });
    }
  }
}
