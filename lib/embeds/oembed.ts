import { z } from "zod";
import { appOrigin } from "@/lib/auth/callback-url";
import { HttpError } from "@/lib/http/errors";
import { absoluteUrl } from "@/lib/open-data/live";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { SITE_NAME } from "@/lib/previews/metadata";
import { buildEmbedSnippet, EMBED_HEIGHT, EMBED_WIDTH, isEmbedChart, type EmbedChart } from "./embeds";
import { describePledgeFigure } from "./pledge-page";

const dimension = z.coerce.number().int().min(1).max(10_000).optional();
const oembedQuery = z.object({
  url: z.string("Give the page's URL as ?url=.").min(1, "Give the page's URL as ?url=.").max(2000),
  format: z.string().optional(),
  maxwidth: dimension,
  maxheight: dimension,
});

// /pledges/<slug>, or an embed's own URL (/embed/pledges/<slug>[/<chart>]).
const PLEDGE_PATH = /^\/(?:embed\/)?pledges\/([^/]+)(?:\/([^/]+))?\/?$/;

/** oEmbed 1.0 (https://oembed.com) "rich" answer for a pledge page of this site; errors as the spec asks (404, 501). */
export async function resolveOembed(params: URLSearchParams) {
  const parsed = oembedQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new HttpError(400, "invalid_parameter", parsed.error.issues[0].message);
  const query = parsed.data;
  if (query.format && query.format !== "json") throw new HttpError(501, "not_implemented", "Only format=json is supported.");
  let target: URL;
  try {
    target = new URL(query.url);
  } catch {
    throw new HttpError(404, "not_found", "The url is not a URL of this site.");
  }
  const match = target.origin === appOrigin() ? PLEDGE_PATH.exec(target.pathname) : null;
  if (!match || (match[2] !== undefined && !(target.pathname.startsWith("/embed/") && isEmbedChart(match[2])))) {
    throw new HttpError(404, "not_found", "Only pledge pages of this site can be embedded.");
  }
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    throw new HttpError(404, "not_found", "No such pledge.");
  }
  const chart = match[2] as EmbedChart | undefined;
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug), getPledgeSummary(slug)]);
  if (!pledge || !summary) throw new HttpError(404, "not_found", "No such pledge.");
  const width = Math.min(query.maxwidth ?? EMBED_WIDTH, EMBED_WIDTH);
  const height = Math.min(query.maxheight ?? EMBED_HEIGHT, EMBED_HEIGHT);
  return {
    version: "1.0",
    type: "rich",
    title: `${pledge.title}: ${describePledgeFigure(pledge, summary)}`,
    provider_name: SITE_NAME,
    provider_url: absoluteUrl("/"),
    cache_age: 3600,
    html: buildEmbedSnippet({ slug: pledge.slug, title: pledge.title, chart, height }),
    width,
    height,
    thumbnail_url: absoluteUrl(`/pledges/${encodeURIComponent(pledge.slug)}/og.png`),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
