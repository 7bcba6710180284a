import countries from "world-countries";
import type { Locale } from "@/lib/i18n/locales";

// world-countries names each country in ISO 639-3 languages; Chinese there is Simplified.
const LANGUAGE: Record<Exclude<Locale, "en">, "fra" | "spa" | "ara" | "zho"> = { fr: "fra", es: "spa", ar: "ara", zh: "zho" };

let byIso3: Map<string, (typeof countries)[number]> | null = null;

/**
 * A country's name in `locale`, from world-countries' translations. The stored (English) name is kept when the
 * language is missing there, or when an admin renamed the country: the translation would then name another text.
 */
export function localizeCountryName(country: { iso3: string; name: string }, locale: Locale): string {
  if (locale === "en") return country.name;
  byIso3 ??= new Map(countries.map((c) => [c.cca3, c]));
  const known = byIso3.get(country.iso3);
  if (!known || known.name.common !== country.name) return country.name;
  return known.translations[LANGUAGE[locale]]?.common ?? country.name;
}
