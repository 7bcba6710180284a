"use client";

import { useTranslations } from "next-intl";
import { FieldError, describedBy } from "@/components/forms/field-error";
import { useSiteLocale } from "@/components/ui/locale";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from "@/lib/i18n/locales";

/** The language an update is written in: the one it has, or for a new update the page's language. */
const ERROR_ID = "update-lang-error";

export function LanguageField({ value, errors }: { value?: string; errors?: string[] }) {
  const t = useTranslations("translations.update");
  const locale = useSiteLocale();
  return (
    <>
      <label htmlFor="update-lang">{t("language")}</label>
      <select id="update-lang" name="lang" defaultValue={value ?? locale} {...describedBy(ERROR_ID, errors)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={LOCALE_TAGS[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <FieldError id={ERROR_ID} errors={errors} />
    </>
  );
}
