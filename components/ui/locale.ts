import { useLocale } from "next-intl";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/** The page's language, for server and client components alike (app/[locale] has already checked it). */
export function useSiteLocale(): Locale {
  const current = useLocale();
  return isLocale(current) ? current : DEFAULT_LOCALE;
}
