import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localizeText, readTranslations, revisionOf, TRANSLATABLE_KEYS, type TranslatableEntity, type TextKind } from "./translations";

export type TranslationItem = {
  entity: TranslatableEntity;
  id: number;
  key: string;
  /** The row's own name, for fields and milestones (their English name or title). */
  owner: string | null;
  english: string;
  revision: string;
  text: string;
  kind: TextKind;
  outdated: boolean;
};

/** Every translatable text of one pledge (its own, its fields', milestones' and announcement's) in `locale`, for the admin screen. */
export async function listPledgeTranslations(pledgeId: number, locale: Locale): Promise<{ pledge: { id: number; slug: string; title: string }; items: TranslationItem[] } | null> {
  const pledge = await db.pledge.findUnique({
    where: { id: pledgeId },
    include: { fields: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }] }, milestones: { orderBy: [{ displayOrder: "asc" }, { id: "asc" }] }, announcement: true },
  });
  if (!pledge) return null;
  const items: TranslationItem[] = [];
  const add = <E extends TranslatableEntity>(entity: E, row: { id: number; translations: string } & Record<string, unknown>, owner: string | null) => {
    const translations = readTranslations(row.translations);
    for (const key of TRANSLATABLE_KEYS[entity]) {
      const english = row[key];
      if (typeof english !== "string" || !english) continue;
      const shown = localizeText({ english, translations, key, locale });
      const translated = shown.kind !== "missing";
      items.push({ entity, id: row.id, key, owner, english, revision: revisionOf(english), text: translated ? shown.text : "", kind: shown.kind, outdated: shown.outdated });
    }
  };
  add("pledge", pledge, null);
  for (const f of pledge.fields) add("field", f, f.name);
  for (const m of pledge.milestones) add("milestone", m, m.title);
  if (pledge.announcement) add("announcement", pledge.announcement, null);
  return { pledge: { id: pledge.id, slug: pledge.slug, title: pledge.title }, items };
}

/** How many texts of each pledge have a missing or outdated translation in some language (the admin list's flag). */
export async function countTranslationsToDo(pledgeId: number, locales: readonly Locale[]): Promise<number> {
  const lists = await Promise.all(locales.map((l) => listPledgeTranslations(pledgeId, l)));
  return lists.reduce((n, list) => n + (list?.items.filter((i) => i.kind === "missing" || i.outdated).length ?? 0), 0);
}
