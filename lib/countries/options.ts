import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getCountryLedger } from "./queries";

/** Countries named by at least one published update, for filter menus (from the cached ledger). */
export async function listReachedCountries(locale: Locale = DEFAULT_LOCALE): Promise<{ iso3: string; name: string }[]> {
  const ledger = await getCountryLedger(null, locale);
  return ledger.rows.filter((r) => r.updates > 0).map((r) => ({ iso3: r.iso3, name: r.name }));
}
