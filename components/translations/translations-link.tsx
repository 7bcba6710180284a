import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { countTranslationsToDo } from "@/lib/pledges/translation-queries";
import { TRANSLATION_LOCALES } from "@/lib/pledges/translations";

/** The admin pledge screen's link to its translations, with how many texts are missing or out of date. */
export async function TranslationsLink({ pledgeId }: { pledgeId: number }) {
  const [t, count] = await Promise.all([getTranslations("translations.page"), countTranslationsToDo(pledgeId, TRANSLATION_LOCALES)]);
  return (
    <Link href={`/admin/pledges/${pledgeId}/translations`} data-testid="translations-link">
      {t("link", { count })}
    </Link>
  );
}
