import type { Metadata } from "next";
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
    chart === "cumulative" ? <CumulativeSection pledge={pledge} headingLevel={2} />
    : chart === "years" ? <YearsSection pledge={pledge} headingLevel={2} />
    : <BreakdownSection pledge={pledge} by={chart} headingLevel={2} />;
  return (
    <EmbedCard pledge={pledge} summary={summary} href={absoluteUrl(localizePath(`/pledges/${pledge.slug}`, locale))} asOf={today()}>
      {section}
    </EmbedCard>
  );
}

/**
 * The embed's title, and its canonical URL: the pledge page. Search engines then credit the pledge page for what an
 * embed shows (as video sites do for their embed pages) instead of listing a bare card, while the embed stays
 * crawlable.
 */
export async function readEmbedTitle({ slug, locale }: { slug: string; locale: Locale }): Promise<Metadata> {
  const [pledge, t] = await Promise.all([getPledgeDetail(slug, locale), getTranslations({ locale, namespace: "pledges" })]);
  if (!pledge) return { title: t("page.notFound") };
  return { title: t("embed.title", { title: pledge.title }), alternates: { canonical: localizePath(`/pledges/${pledge.slug}`, locale) } };
}
