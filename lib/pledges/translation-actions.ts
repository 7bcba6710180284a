import { recordAudit } from "@/lib/audit/record";
import { recordTranslationChange } from "@/lib/changes/entries";
import { authorize } from "@/lib/auth/authorize";
import type { SessionUser } from "@/lib/auth/permissions";
import { afterPublicChange } from "@/lib/cache";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { translationSchema, type TranslationInput } from "./translation-schema";
import { readTranslations, revisionOf, serializeTranslations, TRANSLATABLE_KEYS, writeTranslation } from "./translations";

const STALE = "Not saved: the English text or its translations changed after you opened the page. Reload and try again.";

type Translatable = { id: number; translations: string; english: string | null };

/** The row the form names, only if it belongs to the pledge (a field, milestone or the pledge's announcement). */
async function readTranslatable(tx: Tx, data: TranslationInput): Promise<Translatable | null> {
  const { id, pledgeId, key } = data;
  const pick = (row: ({ id: number; translations: string } & Record<string, unknown>) | null): Translatable | null =>
    row ? { id: row.id, translations: row.translations, english: (row[key] as string | null | undefined) ?? null } : null;
  if (data.entity === "pledge") return id === pledgeId ? pick(await tx.pledge.findUnique({ where: { id } })) : null;
  if (data.entity === "field") return pick(await tx.field.findFirst({ where: { id, pledgeId } }));
  if (data.entity === "milestone") return pick(await tx.milestone.findFirst({ where: { id, pledgeId } }));
  return pick(await tx.announcement.findFirst({ where: { id, pledges: { some: { id: pledgeId } } } }));
}

async function storeTranslations(tx: Tx, data: TranslationInput, row: Translatable, translations: string): Promise<number> {
  const where = { id: row.id, translations: row.translations }; // compare-and-set: a concurrent edit is refused
  if (data.entity === "pledge") return (await tx.pledge.updateMany({ where, data: { translations } })).count;
  if (data.entity === "field") return (await tx.field.updateMany({ where, data: { translations } })).count;
  if (data.entity === "milestone") return (await tx.milestone.updateMany({ where, data: { translations } })).count;
  return (await tx.announcement.updateMany({ where, data: { translations } })).count;
}

/**
 * Saves (or, with an empty text, removes) one translation of a pledge text, recording the revision of the English it
 * translates. Refused when the English changed since the form was opened: the admin translated another text.
 */
export async function saveTranslation(actor: SessionUser | null, input: unknown) {
  const data = parseOrThrow(translationSchema, input);
  if (!(TRANSLATABLE_KEYS[data.entity] as readonly string[]).includes(data.key)) throw new ValidationError({ key: ["Unknown text."] });
  await db.$transaction(async (tx) => {
    const user = await authorize(tx, actor, "pledge:manage");
    const row = await readTranslatable(tx, data);
    if (!row) throw new NotFoundError("No such text on this pledge.");
    if (!row.english) throw new ValidationError({ text: ["There is no English text to translate."] });
    if (revisionOf(row.english) !== data.revision) throw new ConflictError(STALE, []);
    const translations = readTranslations(row.translations);
    const previous = translations[data.locale]?.[data.key] ?? null;
    const next = writeTranslation(translations, { locale: data.locale, key: data.key, text: data.text, official: data.official, english: row.english });
    const current = next[data.locale]?.[data.key] ?? null;
    if ((await storeTranslations(tx, data, row, serializeTranslations(next))) !== 1) throw new ConflictError(STALE, []);
    const snapshot = (entry: typeof previous) => ({ locale: data.locale, key: data.key, text: entry?.text ?? "", official: entry?.official ?? false, revision: entry?.revision ?? "" });
    await recordAudit(tx, { actorId: user.id, action: "translation.edit", entityType: data.entity, entityId: row.id, before: snapshot(previous), after: snapshot(current) });
    await recordTranslationChange(tx, { pledgeId: data.pledgeId, entityType: data.entity, entityId: row.id, locale: data.locale, key: data.key, before: previous?.text ?? null, after: current?.text ?? null, actor: user });
    await bumpPublicVersion(tx);
  });
  afterPublicChange();
}
