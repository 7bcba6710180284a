import { useLocale } from "next-intl";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";

/** The page's language, for server and client components alike (app/[locale] has already checked it). */
export function useSiteLocale(): Locale {
  return resolveLocale(useLocale());
}
