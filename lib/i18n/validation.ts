import { createCatalogueTranslator } from "./catalogue";
import { getFormats } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import ar from "./messages/ar/validation.json";
import en from "./messages/en/validation.json";
import es from "./messages/es/validation.json";
import fr from "./messages/fr/validation.json";
import zh from "./messages/zh/validation.json";

/**
 * Validation messages in every language. Schemas, rules and the data layer's field errors carry a message as a key of
 * the `validation` catalogue (with ICU values), written by validationMessage(); the forms' actions turn it into the
 * page's language (lib/form-state.ts), and the JSON API and the CSV importer into English, with the same function
 * and the one catalogue. A message that is not a key (text from elsewhere) passes through unchanged.
 */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type ValidationKey = Paths<typeof en>;
type Values = Record<string, string | number>;

const getValidationTranslator = createCatalogueTranslator({ namespace: "validation", catalogues: { en, fr, es, ar, zh } });
// Keys have no spaces; values follow the key as JSON: "rules.fieldOfPledge {"label":"workstream"}".
const SEPARATOR = " ";

/** A message for zod (`.min(3, validationMessage("update.titleMin"))`) or a field error. Values named `day` or `…Day` are ISO days. */
export function validationMessage(key: ValidationKey, values?: Values): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

function readMessage(message: string): { key: ValidationKey; values: Values } | null {
  const at = message.indexOf(SEPARATOR);
  const key = at === -1 ? message : message.slice(0, at);
  if (!/^[\w]+(\.[\w]+)+$/.test(key) || !hasKey(key)) return null;
  if (at === -1) return { key: key as ValidationKey, values: {} };
  try {
    return { key: key as ValidationKey, values: JSON.parse(message.slice(at + 1)) as Values };
  } catch {
    return null;
  }
}

function hasKey(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string";
}

// Values named "day" or "…Day" are ISO days, written in the language's own way.
const isDayValue = (name: string) => name === "day" || name.endsWith("Day");

/** One message in `locale` (English by default): a catalogue key is translated, other text is returned as it is. */
export function formatValidationMessage(message: string, locale: Locale = DEFAULT_LOCALE): string {
  const read = readMessage(message);
  if (!read) return message;
  const values = Object.fromEntries(Object.entries(read.values).map(([name, value]) => [name, isDayValue(name) ? getFormats(locale).date(String(value)) : value]));
  return getValidationTranslator(locale)(read.key, values);
}

/** Field errors ({ field: messages }) in `locale`. */
export function formatFieldErrors(fields: Record<string, string[]>, locale: Locale = DEFAULT_LOCALE): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => formatValidationMessage(m, locale))]));
}
