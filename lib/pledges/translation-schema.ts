import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { recordId } from "@/lib/validation";

// Kept free of node:crypto (lib/pledges/translations.ts) so a form could import it; the keys repeat TRANSLATABLE_KEYS'
// shape and translation-actions checks the pair against it.
const TRANSLATION_LOCALE_VALUES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as ["fr", "es", "ar", "zh"];

/** The one translation schema: one text of one row in one language, and the English revision the admin translated. */
export const translationSchema = z.object({
  pledgeId: recordId(),
  entity: z.enum(["pledge", "field", "milestone", "announcement"], { error: "Unknown text." }),
  id: recordId(),
  key: z.enum(["title", "summary", "sourceSentence", "targetNote", "periodNote", "unit", "fieldLabel", "name", "quote"], { error: "Unknown text." }),
  locale: z.enum(TRANSLATION_LOCALE_VALUES, { error: "Choose French, Spanish, Arabic or Chinese." }),
  text: z.string().trim().max(4000, "Keep the translation under 4,000 characters.").default(""),
  official: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  revision: z.string().regex(/^[0-9a-f]{12}$/, "Reload the page and try again."),
});
export type TranslationInput = z.infer<typeof translationSchema>;
