import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmbedCard } from "@/components/embeds/embed-card";
import { BreakdownSection, CumulativeSection, YearsSection } from "@/components/pledge/pledge-charts";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl, today } from "@/lib/open-data/live";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import type { EmbedChart } from "./embeds";

/** An embed page: the pledge card with one of the pledge page's own charts (not restyled), in the page's language. */
export async function renderPledgeEmbed({ slug, chart, locale }: { slug: string; chart: EmbedChart; locale: Locale }) {
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug, locale), getPledgeSummary(slug, { locale })]);
  if (!pledge || !summary || (chart === "field" && pledge.fields.length === 0)) notFound();
  const section =
    chart === "cumulative" ? <CumulativeSection pledge={pledge} />
    : chart === "years" ? <YearsSection pledge={pledge} />
    : <BreakdownSection pledge={pledge} by={chart} />;
  return (
    <EmbedCard pledge={pledge} summary={summary} href={absoluteUrl(localizePath(`/pledges/${pledge.slug}`, locale))} asOf={today()}>
      {section}
    </EmbedCard>
  );
}

export async function readEmbedTitle({ slug, locale }: { slug: string; locale: Locale }) {
  const [pledge, t] = await Promise.all([getPledgeDetail(slug, locale), getTranslations({ locale, namespace: "pledges" })]);
  return pledge ? { title: t("embed.title", { title: pledge.title }), robots: { index: false } } : { title: t("page.notFound") };
}
