import { createHash } from "node:crypto";
import { z } from "zod";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Translations of pledge content. Each translatable row (pledges, fields, milestones, announcements) has one
 * `translations` column: JSON `{ "<locale>": { "<key>": { text, official, revision } } }`, where `key` names the
 * English column it translates, `official` is true for the pledging government's own translation (false: the
 * tracker's), and `revision` is `revisionOf(the English text it was made from)`. When the English changes, the
 * revisions no longer match and the translation is outdated: still shown, marked as such, beside the English.
 * English is the source language and is never stored here.
 */

export const TRANSLATABLE_KEYS = {
  pledge: ["title", "summary", "sourceSentence", "targetNote", "periodNote", "unit", "fieldLabel"],
  field: ["name"],
  milestone: ["title"],
  announcement: ["quote"],
} as const;
export type TranslatableEntity = keyof typeof TRANSLATABLE_KEYS;
export type TranslatableKey<E extends TranslatableEntity> = (typeof TRANSLATABLE_KEYS)[E][number];

export const TRANSLATION_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const entrySchema = z.object({ text: z.string().min(1), official: z.boolean(), revision: z.string() });
export type TranslationEntry = z.infer<typeof entrySchema>;
export type Translations = Partial<Record<Locale, Record<string, TranslationEntry>>>;

/** original: the English itself; official / unofficial: a translation; missing: none, so the English is shown. */
export type TextKind = "original" | "official" | "unofficial" | "missing";
export type LocalizedText = { text: string; lang: Locale; english: string; kind: TextKind; outdated: boolean };

/** The revision a translation records: a short hash of the English text it translates. */
export function revisionOf(english: string): string {
  return createHash("sha256").update(english.normalize("NFC")).digest("hex").slice(0, 12);
}

/** The stored JSON, read leniently: an unreadable document or entry counts as no translation, never an error. */
export function readTranslations(json: string | null | undefined): Translations {
  let value: unknown;
  try {
    value = JSON.parse(json || "{}");
  } catch {
    return {};
  }
  if (!value || typeof value !== "object") return {};
  const result: Translations = {};
  for (const [locale, entries] of Object.entries(value)) {
    if (!isLocale(locale) || locale === DEFAULT_LOCALE || !entries || typeof entries !== "object") continue;
    const kept: Record<string, TranslationEntry> = {};
    for (const [key, entry] of Object.entries(entries)) {
      if (key === "__proto__") continue; // a stored document never sets a prototype
      const parsed = entrySchema.safeParse(entry);
      if (parsed.success) kept[key] = parsed.data;
    }
    result[locale] = kept;
  }
  return result;
}

/** One text in `locale`: the translation if there is one (outdated or not), else the English marked missing. */
export function localizeText(options: { english: string; translations: Translations; key: string; locale: Locale }): LocalizedText {
  const { english, locale } = options;
  if (locale === DEFAULT_LOCALE) return { text: english, lang: DEFAULT_LOCALE, english, kind: "original", outdated: false };
  const entry = options.translations[locale]?.[options.key];
  if (!entry) return { text: english, lang: DEFAULT_LOCALE, english, kind: "missing", outdated: false };
  return { text: entry.text, lang: locale, english, kind: entry.official ? "official" : "unofficial", outdated: entry.revision !== revisionOf(english) };
}

/** One column of a row in `locale` (when a read selects only that column). */
export function localizeColumn<E extends TranslatableEntity>(
  row: { translations: string },
  column: { entity: E; key: TranslatableKey<E>; english: string },
  locale: Locale,
): LocalizedText {
  return localizeText({ english: column.english, translations: readTranslations(row.translations), key: column.key, locale });
}

type Row<K extends string> = { translations: string } & { [key in K]: string | null };
export type LocalizedContent<K extends string> = { [key in K]: LocalizedText };

/** Every translatable text of one row in `locale` (an empty English text, like a missing target note, stays empty). */
export function localizeContent<E extends TranslatableEntity>(entity: E, row: Row<TranslatableKey<E>>, locale: Locale): LocalizedContent<TranslatableKey<E>> {
  const translations = readTranslations(row.translations);
  const keys = TRANSLATABLE_KEYS[entity] as readonly TranslatableKey<E>[];
  return Object.fromEntries(keys.map((key) => [key, localizeText({ english: row[key] ?? "", translations, key, locale })])) as LocalizedContent<TranslatableKey<E>>;
}

/** The pledge's title, summary, source sentence and interpretations (target and period notes) in `locale`. */
export function localizePledgeContent(row: Row<TranslatableKey<"pledge">>, locale: Locale): LocalizedContent<TranslatableKey<"pledge">> {
  return localizeContent("pledge", row, locale);
}

/** Sets (or, with an empty text, removes) one translation, recording the revision of the English it translates. */
export function writeTranslation(
  translations: Translations,
  change: { locale: Locale; key: string; text: string; official: boolean; english: string },
): Translations {
  const entries = { ...(translations[change.locale] ?? {}) };
  const text = change.text.trim();
  if (text) entries[change.key] = { text, official: change.official, revision: revisionOf(change.english) };
  else delete entries[change.key];
  return { ...translations, [change.locale]: entries };
}

/** Stored form: locales and keys in a stable order, so equal content gives equal JSON (and audit diffs stay small). */
export function serializeTranslations(translations: Translations): string {
  const ordered: Translations = {};
  for (const locale of TRANSLATION_LOCALES) {
    const entries = translations[locale];
    if (entries && Object.keys(entries).length) ordered[locale] = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  }
  return JSON.stringify(ordered);
}
