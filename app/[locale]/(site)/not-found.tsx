import { useTranslations } from "next-intl";
import { useSiteLocale } from "@/components/ui/locale";
import { localizePath } from "@/lib/i18n/locales";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  const locale = useSiteLocale();
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={localizePath("/", locale)}>{t("allPledges")}</a> · <a href={localizePath("/countries", locale)}>{t("countries")}</a> ·{" "}
        <a href={localizePath("/updates", locale)}>{t("updates")}</a>
      </p>
    </section>
  );
}
