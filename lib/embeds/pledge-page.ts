import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { absoluteUrl, readPublicCounter } from "@/lib/open-data/live";
import { getFormats } from "@/lib/i18n/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { buildEmbedSnippet, EMBED_CHARTS, type EmbedChart } from "./embeds";

type Figure = { pledge: Pick<PledgeDetail, "target" | "unit">; summary: Pick<PledgeSummary, "counted" | "percentComplete"> };

/**
 * "12 of 100 officers trained (12% complete)": the value against the target, as previews and oEmbed say it, in
 * `locale`. The preview image stays English (describePledgeFigure).
 */
export async function writePledgeFigure({ pledge, summary, locale }: Figure & { locale: Locale }): Promise<string> {
  const t = await getTranslations({ locale, namespace: "pledges.page" });
  const { number, percent } = getFormats(locale);
  const complete = summary.percentComplete === null ? "—" : percent(summary.percentComplete);
  return t("figure", { value: number(summary.counted), target: number(pledge.target), unit: pledge.unit, percent: complete });
}

/** The figure in English, for the preview image and its alt text. */
export function describePledgeFigure(pledge: Figure["pledge"], summary: Figure["summary"]): string {
  const { number, percent } = getFormats("en");
  return `${number(summary.counted)} of ${number(pledge.target)} ${pledge.unit} (${summary.percentComplete === null ? "n/a" : percent(summary.percentComplete)} complete)`;
}

/**
 * A pledge page's metadata, in its language: its figure in the description, its preview image keyed on the
 * public-data version (so crawlers fetch it again after a change), its Atom feed and its oEmbed discovery link (for
 * the page in its language, so oEmbed answers that language's snippet).
 */
export async function buildPledgeMetadata({ pledge, summary, locale }: { pledge: PledgeDetail; summary: PledgeSummary; locale: Locale }): Promise<Metadata> {
  const path = `/pledges/${pledge.slug}`;
  const [version, t, figure] = await Promise.all([readPublicCounter(), getTranslations({ locale, namespace: "pledges.page" }), writePledgeFigure({ pledge, summary, locale })]);
  return buildPageMetadata({
    locale,
    title: pledge.title,
    description: t("description", { figure, summary: pledge.summary }),
    path,
    image: { url: `${path}/og.png?v=${version}`, alt: `${pledge.title}: ${describePledgeFigure(pledge, summary)}` },
    feed: { url: `${path}/feed.atom`, title: t("feedTitle", { title: pledge.title }) },
    oembed: { url: `/api/oembed?url=${encodeURIComponent(absoluteUrl(localizePath(path, locale)))}&format=json`, title: pledge.title },
  });
}

/** One "Embed this" choice: the whole pledge (`chart` null) or one chart; the page names it in its language. */
export type EmbedSnippet = { chart: EmbedChart | null; html: string };

/** The "Embed this" choices of a pledge page in `locale`: the whole pledge, then each of its charts. */
export async function listEmbedSnippets({ pledge, locale }: { pledge: Pick<PledgeDetail, "slug" | "title" | "fields">; locale: Locale }): Promise<EmbedSnippet[]> {
  const choices = [null, ...EMBED_CHARTS.filter((c) => c !== "field" || pledge.fields.length > 0)];
  return Promise.all(choices.map(async (chart) => ({ chart, html: await buildEmbedSnippet({ slug: pledge.slug, title: pledge.title, chart: chart ?? undefined, locale }) })));
}
