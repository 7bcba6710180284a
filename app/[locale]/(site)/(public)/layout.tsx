import { getTranslations } from "next-intl/server";
import { AsOfBar } from "@/components/as-of/as-of-bar";
import { ErrorWordsProvider } from "@/components/site/error-words";
import { SampleBanner } from "@/components/site/sample-banner";
import { readPageLocale } from "@/lib/i18n/params";
import { splitAroundSlot } from "@/lib/i18n/slots";

// The public pages' client parts get their words as props, worded here (components/site/header.tsx says why).
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  const asOf = {
    pastView: t("asOf.pastView"),
    publishedOn: splitAroundSlot((day) => t("asOf.publishedOn", { day })),
    explanation: t("asOf.explanation"),
    today: t("asOf.today"),
    permalink: t("asOf.permalink"),
    formLabel: t("asOf.formLabel"),
    field: t("asOf.field"),
    show: t("asOf.show"),
    permalinkToday: t("asOf.permalinkToday"),
  };
  const error = {
    title: t("error.title"),
    body: t("error.body"),
    reference: splitAroundSlot((digest) => t("error.reference", { digest })),
    retry: t("error.retry"),
  };
  return (
    <>
      <SampleBanner />
      <AsOfBar locale={locale} words={asOf} />
      <ErrorWordsProvider words={error}>{children}</ErrorWordsProvider>
    </>
  );
}
