import type { Metadata } from "next";
import { formatNumber, formatPercent } from "@/components/ui/format";
import { absoluteUrl, readPublicCounter } from "@/lib/open-data/live";
import type { Locale } from "@/lib/i18n/locales";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { buildEmbedSnippet, EMBED_CHARTS, isEmbedChart, type EmbedChart } from "./embeds";

/** "12 of 100 officers trained (12%)": the value against the target, as embeds, previews and oEmbed say it. */
export function describePledgeFigure(pledge: Pick<PledgeDetail, "target" | "unit">, summary: Pick<PledgeSummary, "counted" | "percentComplete">): string {
  return `${formatNumber(summary.counted)} of ${formatNumber(pledge.target)} ${pledge.unit} (${formatPercent(summary.percentComplete)} complete)`;
}

/**
 * A pledge page's metadata: its figure in the description, its preview image keyed on the public-data version (so
 * crawlers fetch it again after a change), its Atom feed and its oEmbed discovery link.
 */
export async function buildPledgeMetadata({ pledge, summary, locale }: { pledge: PledgeDetail; summary: PledgeSummary; locale: Locale }): Promise<Metadata> {
  const path = `/pledges/${pledge.slug}`;
  const version = await readPublicCounter();
  return buildPageMetadata({
    locale,
    title: pledge.title,
    description: `${describePledgeFigure(pledge, summary)}. ${pledge.summary}`,
    path,
    image: { url: `${path}/og.png?v=${version}`, alt: `${pledge.title}: ${describePledgeFigure(pledge, summary)}` },
    feed: { url: `${path}/feed.atom`, title: `${pledge.title}: published updates (Atom)` },
    oembed: { url: `/api/oembed?url=${encodeURIComponent(absoluteUrl(path))}&format=json`, title: pledge.title },
  });
}

/** The "Embed this" choices of a pledge page: the whole pledge, then each of its charts. */
export function listEmbedSnippets(pledge: Pick<PledgeDetail, "slug" | "title" | "fields">): { label: string; html: string }[] {
  const charts = (Object.keys(EMBED_CHARTS) as EmbedChart[]).filter((c) => isEmbedChart(c) && (c !== "field" || pledge.fields.length > 0));
  return [
    { label: "The pledge (value and cumulative chart)", html: buildEmbedSnippet({ slug: pledge.slug, title: pledge.title }) },
    ...charts.map((chart) => ({ label: `Chart: ${EMBED_CHARTS[chart]}`, html: buildEmbedSnippet({ slug: pledge.slug, title: pledge.title, chart }) })),
  ];
}
