import { getTranslations } from "next-intl/server";
import { localizePath, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/open-data/live";
import { SITE_NAME } from "@/lib/previews/metadata";

/**
 * The charts a pledge embed can show on its own (/embed/pledges/<slug>/<chart>). Each is named as the pledge page titles
 * it, in the catalogue (`pledges.charts.names.<chart>`): "Embed this" and the snippet's iframe title read it there.
 */
export const EMBED_CHARTS = ["cumulative", "years", "field", "region", "country"] as const;

export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const isEmbedChart = (value: string): value is EmbedChart => (EMBED_CHARTS as readonly string[]).includes(value);

export const EMBED_HEIGHT = 480;
export const EMBED_WIDTH = 600;

/** The embed's path for a pledge, or one of its charts, in `locale` (English unprefixed, "/fr/embed/…" otherwise). */
export function embedPath({ slug, chart, locale }: { slug: string; chart?: EmbedChart; locale: Locale }): string {
  return localizePath(`/embed/pledges/${encodeURIComponent(slug)}${chart ? `/${chart}` : ""}`, locale);
}

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type EmbedSnippetOptions = { slug: string; title: string; locale: Locale; chart?: EmbedChart; height?: number };

/**
 * The HTML another site pastes to embed a pledge: an iframe of the embed in `locale`, with a title in that language
 * (screen readers announce it), and the resizer script, which lets the iframe grow to its content through
 * postMessage (@open-iframe-resizer/core). The one snippet: "Embed this" on pledge pages and /api/oembed both write
 * it. `title` is the pledge's title in `locale`.
 */
export async function buildEmbedSnippet(options: EmbedSnippetOptions): Promise<string> {
  const [t, charts] = await Promise.all([
    getTranslations({ locale: options.locale, namespace: "charts.embed" }),
    getTranslations({ locale: options.locale, namespace: "pledges.charts" }),
  ]);
  const src = absoluteUrl(embedPath(options));
  // The chart's name sits inside the title's sentence ("…, per year"), hence lower case where the language has it.
  const title = options.chart
    ? t("frameChartTitle", { site: SITE_NAME, title: options.title, chart: charts(`names.${options.chart}`).toLocaleLowerCase(LOCALE_TAGS[options.locale]) })
    : t("frameTitle", { site: SITE_NAME, title: options.title });
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${options.height ?? EMBED_HEIGHT}" ` +
    `style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy" data-pledge-tracker-embed></iframe>` +
    `<script src="${escapeAttribute(absoluteUrl("/embed.js"))}" async></script>`
  );
}
