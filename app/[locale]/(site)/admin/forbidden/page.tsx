import { getTranslations } from "next-intl/server";
import { readPageLocale } from "@/lib/i18n/params";

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.forbidden" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
    </>
  );
}
