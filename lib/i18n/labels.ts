import { createCatalogueTranslator } from "./catalogue";
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

/** t("changeKind.CORRECTION"), t("changeField.yearTarget", { year: 3 }) in `locale`. */
export const getLabels = createCatalogueTranslator({ namespace: "labels", catalogues: { en, fr, es, ar, zh } });
