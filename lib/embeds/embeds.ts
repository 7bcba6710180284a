import { absoluteUrl } from "@/lib/open-data/live";

/** The charts a pledge embed can show on its own (/embed/pledges/<slug>/<chart>), as the pledge page names them. */
export const EMBED_CHARTS = {
  cumulative: "Cumulative progress against the target",
  years: "Per year",
  field: "By field or workstream",
  region: "By region",
  country: "Top countries",
} as const;

export type EmbedChart = keyof typeof EMBED_CHARTS;

export const isEmbedChart = (value: string): value is EmbedChart => Object.hasOwn(EMBED_CHARTS, value);

export const EMBED_HEIGHT = 480;
export const EMBED_WIDTH = 600;

/** The embed's path for a pledge, or one of its charts. */
export function embedPath(slug: string, chart?: EmbedChart): string {
  return `/embed/pledges/${encodeURIComponent(slug)}${chart ? `/${chart}` : ""}`;
}

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML another site pastes to embed a pledge: an iframe with a title (screen readers announce it) and the resizer
 * script, which lets the iframe grow to its content through postMessage (@open-iframe-resizer/core). The one
 * snippet: "Embed this" on pledge pages and /api/oembed both write it.
 */
export function buildEmbedSnippet(options: { slug: string; title: string; chart?: EmbedChart; height?: number }): string {
  const src = absoluteUrl(embedPath(options.slug, options.chart));
  const title = `Pledge Tracker: ${options.title}${options.chart ? `, ${EMBED_CHARTS[options.chart].toLowerCase()}` : ""}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${options.height ?? EMBED_HEIGHT}" ` +
    `style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy" data-pledge-tracker-embed></iframe>` +
    `<script src="${escapeAttribute(absoluteUrl("/embed.js"))}" async></script>`
  );
}
