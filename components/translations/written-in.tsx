import { useTranslations } from "next-intl";
import { isLocale, LOCALE_TAGS, resolveLocale } from "@/lib/i18n/locales";
import { useSiteLocale } from "@/components/ui/locale";

/** The BCP 47 tag of the language a text is written in, for its `lang` attribute (unknown: English, the default). */
export function languageTag(lang: string): string {
  return LOCALE_TAGS[resolveLocale(lang)];
}

/** "Written in French", in the page's language, when an update is written in another language than the page's. */
export function WrittenIn({ lang }: { lang: string }) {
  const locale = useSiteLocale();
  const t = useTranslations("translations.update");
  if (!isLocale(lang) || lang === locale) return null;
  const language = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "language" }).of(LOCALE_TAGS[lang]) ?? lang;
  return (
    <span className="muted" data-testid="written-in">
      {t("writtenIn", { language })}
    </span>
  );
}
