import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import ar from "./messages/ar/labels.json";
import en from "./messages/en/labels.json";
import es from "./messages/es/labels.json";
import fr from "./messages/fr/labels.json";
import zh from "./messages/zh/labels.json";

/**
 * The words for the data's coded values (change kinds, statuses, evidence levels…), in every language, for pages and
 * for the machine-readable outputs alike (CSV, feeds, the API; English unless `?lang=` asks otherwise). Synchronous,
 * so plain modules can use them. The English words are the `labels` catalogue's, never a second list.
 */
export const ENGLISH_LABELS = en;

const CATALOGUES: Record<Locale, typeof en> = { en, fr, es, ar, zh };
const translators = new Map<Locale, ReturnType<typeof createLabelTranslator>>();

const createLabelTranslator = (locale: Locale) => createTranslator({ locale, messages: { labels: CATALOGUES[locale] }, namespace: "labels" });

/** t("changeKind.CORRECTION"), t("changeField.yearTarget", { year: 3 }) in `locale`. */
export function getLabels(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createLabelTranslator(locale)));
  return t;
}
