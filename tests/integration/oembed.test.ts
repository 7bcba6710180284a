import { NextIntlClientProvider } from "next-intl";
import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import PledgePage, { generateMetadata } from "@/app/[locale]/(site)/(public)/pledges/[slug]/page";
import { GET as getOembed } from "@/app/api/oembed/route";
import { EmbedThis } from "@/components/embeds/embed-this";
import { db } from "@/lib/db";
import { LOCALES, localizePath, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { TIME_ZONE } from "@/lib/i18n/request";
import { absoluteUrl } from "@/lib/open-data/live";
import { seedReference } from "@/lib/seed/reference";
import { expectMatchesDocument } from "./openapi-document";

// oEmbed in every language: a pledge page's discovery link names the page in its language, and /api/oembed answers,
// byte for byte, the snippets that page renders in "Embed this" (read from the rendered page, not restated here).

const SLUG = "training";
const pageProps = (locale: Locale) => ({ params: Promise.resolve({ locale, slug: SLUG }), searchParams: Promise.resolve({}) });

function findElement(node: ReactNode, type: unknown): ReactElement | null {
  if (Array.isArray(node)) return node.map((child) => findElement(child, type)).find(Boolean) ?? null;
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  return node.type === type ? node : findElement(node.props.children, type);
}

// React escapes a textarea's text; a reader copies it unescaped.
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
const unescapeText = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]);

/** The snippets of "Embed this" on the pledge page in `locale`, as rendered: the whole pledge, then each chart. */
async function readPageSnippets(locale: Locale): Promise<string[]> {
  const embedThis = findElement(await PledgePage(pageProps(locale)), EmbedThis);
  expect(embedThis, "the pledge page renders Embed this").not.toBeNull();
  // eslint-disable-next-line react/no-children-prop -- the provider's props type requires children (a .ts file: no JSX)
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale), children: embedThis }));
  return [...html.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) => unescapeText(m[1]));
}

async function readDiscoveryUrl(locale: Locale): Promise<string> {
  const metadata = await generateMetadata(pageProps(locale));
  const [link] = metadata.alternates!.types!["application/json+oembed"] as { url: string }[];
  return absoluteUrl(link.url);
}

const callOembed = async (url: string) => {
  const response = await getOembed(new Request(url));
  return { status: response.status, cors: response.headers.get("access-control-allow-origin"), body: await response.json() };
};
const oembedOf = (page: string, query = "&format=json") => callOembed(absoluteUrl(`/api/oembed?url=${encodeURIComponent(page)}${query}`));
const srcOf = (snippet: string) => /<iframe src="([^"]+)"/.exec(snippet)![1];

beforeAll(async () => {
  await seedReference(db);
});

describe("oEmbed in each language", () => {
  it.each(LOCALES)("%s: the page's discovery link answers its snippet, and each chart's embed URL that chart's snippet", async (locale) => {
    const snippets = await readPageSnippets(locale);
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    const discovery = await readDiscoveryUrl(locale);
    expect(new URL(discovery).searchParams.get("url")).toBe(absoluteUrl(localizePath(`/pledges/${SLUG}`, locale)));

    const answer = await callOembed(discovery);
    expect(answer).toMatchObject({ status: 200, cors: "*" });
    expectMatchesDocument("/oembed", 200, answer.body);
    expect(answer.body.html).toBe(snippets[0]);
    expect(srcOf(snippets[0])).toBe(absoluteUrl(localizePath(`/embed/pledges/${SLUG}`, locale)));
    expect(answer.body.provider_url).toBe(absoluteUrl(localizePath("/", locale)));
    for (const snippet of snippets.slice(1)) {
      expect(srcOf(snippet).startsWith(`${srcOf(snippets[0])}/`), snippet).toBe(true);
      const chart = await oembedOf(srcOf(snippet));
      expect(chart.status).toBe(200);
      expect(chart.body.html).toBe(snippet);
    }
  });

  it("words the snippet in the page's language: another language's title, chart names and oEmbed title than English's", async () => {
    const [english, french] = [await readPageSnippets("en"), await readPageSnippets("fr")];
    const titleOf = (snippet: string) => /title="([^"]+)"/.exec(snippet)![1];
    for (let i = 0; i < english.length; i++) expect(titleOf(french[i])).not.toBe(titleOf(english[i]));
    const [en, fr] = [await oembedOf(absoluteUrl(`/pledges/${SLUG}`)), await oembedOf(absoluteUrl(`/fr/pledges/${SLUG}`))];
    expect(fr.body.title).not.toBe(en.body.title);
    expect(fr.body.thumbnail_url).toBe(en.body.thumbnail_url); // the preview image has one language
  });

  it("takes /en/… as English (that page redirects there) and refuses an unknown language prefix as any other path", async () => {
    const english = await readPageSnippets("en");
    expect((await oembedOf(absoluteUrl(`/en/pledges/${SLUG}`))).body.html).toBe(english[0]);
    for (const path of [`/de/pledges/${SLUG}`, `/fr/pledges/${SLUG}/years`, `/fr/embed/pledges/${SLUG}/nope`, `/fr/de/pledges/${SLUG}`, "/fr", `/fr/pledges/no-such-pledge`]) {
      const refused = await oembedOf(absoluteUrl(path));
      expect(refused, path).toMatchObject({ status: 404, cors: "*", body: { error: { code: "not_found" } } });
      expectMatchesDocument("/oembed", 404, refused.body);
    }
  });

  it("answers a bad request and another format in the documented error shape", async () => {
    const missing = await callOembed(absoluteUrl("/api/oembed?format=json"));
    expect(missing.status).toBe(400);
    expectMatchesDocument("/oembed", 400, missing.body);
    const xml = await oembedOf(absoluteUrl(`/fr/pledges/${SLUG}`), "&format=xml");
    expect(xml.status).toBe(501);
    expectMatchesDocument("/oembed", 501, xml.body);
  });
});
