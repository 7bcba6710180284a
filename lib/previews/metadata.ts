import type { Metadata } from "next";
import { buildLanguageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";

export const SITE_NAME = "Pledge Tracker";
export const SITE_DESCRIPTION = "How far each public international commitment has come, with the evidence.";
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type PageMetadataOptions = {
  title: string;
  description?: string;
  /** The page's unprefixed path ("/countries"), for og:url, the canonical link and the hreflang alternates. */
  path: string;
  /** The page's language: its canonical URL is that language's. */
  locale: Locale;
  /** A 1200×630 preview image (path); the site's own by default. */
  image?: { url: string; alt: string };
  /** The page's own Atom feed, advertised beside the site's. */
  feed?: { url: string; title: string };
  /** oEmbed discovery (pledge pages). */
  oembed?: { url: string; title: string };
};

export const CHANGES_FEED_TITLE = "Pledge Tracker: change log (Atom)";
export const SITE_FEED = { url: "/feed.atom", title: "Pledge Tracker: published updates and changes (Atom)" };

/** <link rel="alternate"> entries: the site's Atom feed on every page, the page's own feed and oEmbed discovery. */
export function buildAlternateTypes(options: Pick<PageMetadataOptions, "feed" | "oembed">) {
  return {
    "application/atom+xml": options.feed ? [options.feed, SITE_FEED] : [SITE_FEED],
    ...(options.oembed ? { "application/json+oembed": [options.oembed] } : {}),
  };
}

/**
 * Title, description, Open Graph and Twitter card metadata of a public page, so a shared link previews with the
 * page's own title, text and image. Relative URLs resolve against metadataBase (NEXTAUTH_URL, app/layout.tsx).
 */
export function buildPageMetadata(options: PageMetadataOptions): Metadata {
  const description = options.description ?? SITE_DESCRIPTION;
  const image = options.image ?? { url: "/og.png", alt: SITE_DESCRIPTION };
  const images = [{ url: image.url, alt: image.alt, ...OG_IMAGE_SIZE, type: "image/png" }];
  return {
    title: options.title,
    description,
    alternates: { ...buildLanguageAlternates(options.path, options.locale), types: buildAlternateTypes(options) },
    openGraph: { type: "website", siteName: SITE_NAME, title: options.title, description, url: buildLanguageAlternates(options.path, options.locale).canonical, images },
    twitter: { card: "summary_large_image", title: options.title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
