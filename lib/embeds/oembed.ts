import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { appOrigin } from "@/lib/auth/callback-url";
import { HttpError } from "@/lib/http/errors";
import { DEFAULT_LOCALE, localizePath, readPathLocale, stripLocale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/open-data/live";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { SITE_NAME } from "@/lib/previews/metadata";
import { buildEmbedSnippet, EMBED_HEIGHT, EMBED_WIDTH, isEmbedChart, type EmbedChart } from "./embeds";
import { writePledgeFigure } from "./pledge-page";

const dimension = z.coerce.number().int().min(1).max(10_000).optional();
export const oembedQuery = z.object({
  url: z
    .string("Give the page's URL as ?url=.")
    .min(1, "Give the page's URL as ?url=.")
    .max(2000)
    .describe(
      "A pledge page of this site (`/pledges/{slug}`) or an embed's own URL (`/embed/pledges/{slug}[/{chart}]`), in English (unprefixed) or another language (`/fr/pledges/{slug}`, `/ar/embed/pledges/{slug}/years`): the snippet embeds that language. Any other URL is a 404, an unknown language prefix (`/de/pledges/{slug}`) included.",
    ),
  format: z.string().optional().describe("Only `json` (the default); another format is a 501."),
  maxwidth: dimension,
  maxheight: dimension,
});

export const OembedSchema = z
  .object({
    version: z.literal("1.0"),
    type: z.literal("rich"),
    title: z.string().describe("The pledge's title and its value against the target, in the URL's language."),
    provider_name: z.string(),
    provider_url: z.string().describe("The site's home page in the URL's language."),
    cache_age: z.number().int(),
    html: z.string().describe("The embed snippet, byte for byte the one the pledge page's \"Embed this\" offers in that language."),
    width: z.number().int(),
    height: z.number().int(),
    thumbnail_url: z.string(),
    thumbnail_width: z.number().int(),
    thumbnail_height: z.number().int(),
  })
  .meta({ id: "OEmbed", description: "An oEmbed 1.0 rich response (https://oembed.com)." });

export type Oembed = z.infer<typeof OembedSchema>;

// /pledges/<slug>, or an embed's own URL (/embed/pledges/<slug>[/<chart>]), once the language prefix is stripped.
const PLEDGE_PATH = /^\/(?:embed\/)?pledges\/([^/]+)(?:\/([^/]+))?\/?$/;

/**
 * oEmbed 1.0 (https://oembed.com) "rich" answer for a pledge page of this site, in the page's language (its path
 * prefix; "/en/…" is English, as that path redirects there); errors as the spec asks (404, 501).
 */
export async function resolveOembed(params: URLSearchParams): Promise<Oembed> {
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
  const locale = readPathLocale(target.pathname) ?? DEFAULT_LOCALE;
  const pathname = stripLocale(target.pathname);
  const match = target.origin === appOrigin() ? PLEDGE_PATH.exec(pathname) : null;
  if (!match || (match[2] !== undefined && !(pathname.startsWith("/embed/") && isEmbedChart(match[2])))) {
    throw new HttpError(404, "not_found", "Only pledge pages of this site can be embedded.");
  }
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    throw new HttpError(404, "not_found", "No such pledge.");
  }
  const chart = match[2] as EmbedChart | undefined;
  const [pledge, summary, t] = await Promise.all([getPledgeDetail(slug, locale), getPledgeSummary(slug, { locale }), getTranslations({ locale, namespace: "charts.embed" })]);
  if (!pledge || !summary) throw new HttpError(404, "not_found", "No such pledge.");
  const width = Math.min(query.maxwidth ?? EMBED_WIDTH, EMBED_WIDTH);
  const height = Math.min(query.maxheight ?? EMBED_HEIGHT, EMBED_HEIGHT);
  return {
    version: "1.0",
    type: "rich",
    title: t("oembedTitle", { title: pledge.title, figure: await writePledgeFigure({ pledge, summary, locale }) }),
    provider_name: SITE_NAME,
    provider_url: absoluteUrl(localizePath("/", locale)),
    cache_age: 3600,
    html: await buildEmbedSnippet({ slug: pledge.slug, title: pledge.title, chart, height, locale }),
    width,
    height,
    thumbnail_url: absoluteUrl(`/pledges/${encodeURIComponent(pledge.slug)}/og.png`),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
