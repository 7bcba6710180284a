import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { HttpError } from "./errors";

export const LANG_PARAM = "lang";

/**
 * `lang` from a CSV or API request's query: the language of the text fields (pledge titles, summaries, field names,
 * country names). Column and field names stay English; absent or empty means English; anything else is a 400.
 */
export function requireLang(params: URLSearchParams): Locale {
  const value = params.get(LANG_PARAM);
  if (value === null || value === "") return DEFAULT_LOCALE;
  if (isLocale(value)) return value;
  const message = `Use one of ${LOCALES.join(", ")}.`;
  throw new HttpError(400, "invalid_parameter", `Invalid query parameter: ${LANG_PARAM}. ${message}`, { [LANG_PARAM]: [message] });
}
