import { expect, request, test } from "@playwright/test";
import { LOCALE_COOKIE, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";

// The page cache keys each language apart: a French page is never served to an English visitor, nor the reverse, and
// each language's page is then answered from its own key. Runs in the page-cache project (after the specs that write;
// playwright.config.ts). page-cache.spec.ts may write meanwhile, so a hit is waited for, not assumed on one load.

type Visitor = { cookie?: string; acceptLanguage?: string };

async function load(baseURL: string | undefined, path: string, visitor: Visitor) {
  // A fresh request context per load: no cookie is carried from one visitor to the next.
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: {
      accept: "text/html",
      "accept-language": visitor.acceptLanguage ?? "en",
      ...(visitor.cookie ? { cookie: visitor.cookie } : {}),
    },
  });
  try {
    const response = await context.get(path, { maxRedirects: 0 });
    const body = await response.text();
    return { status: response.status(), cache: response.headers()["x-page-cache"], location: response.headers()["location"], lang: /<html[^>]*\slang="([^"]+)"/.exec(body)?.[1] };
  } finally {
    await context.dispose();
  }
}

test("each language's page is cached under its own key and answered in its own language", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const path = "/pledges/systems-and-labs";
  const english: Visitor = { acceptLanguage: "en-GB,en;q=0.9" };
  const french: Visitor = { acceptLanguage: "fr-FR,fr;q=0.9", cookie: `${LOCALE_COOKIE}=fr` };
  const expectPage = async (target: string, visitor: Visitor, locale: Locale) => {
    const first = await load(baseURL, target, visitor);
    expect(first, `${target} for ${JSON.stringify(visitor)}`).toMatchObject({ status: 200, lang: LOCALE_TAGS[locale] });
    // A second request is answered from the cache, still in the language (once no other spec's write intervenes).
    await expect.poll(async () => {
      const again = await load(baseURL, target, visitor);
      return `${again.status} ${again.cache} ${again.lang}`;
    }).toBe(`200 hit ${LOCALE_TAGS[locale]}`);
  };

  await expectPage(`/fr${path}`, french, "fr");
  await expectPage(path, english, "en");
  await expectPage(`/fr${path}`, french, "fr");
  // An English reader who chose English keeps it, whatever the browser's languages say.
  await expectPage(path, { acceptLanguage: "fr", cookie: `${LOCALE_COOKIE}=en` }, "en");
  // The English page, cached, is not served to a reader whose language is French: they are sent to the French page.
  for (const visitor of [french, { acceptLanguage: "fr" }]) {
    const answer = await load(baseURL, path, visitor);
    expect(answer.status, JSON.stringify(visitor)).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(400);
    expect(answer.cache).not.toBe("hit");
    expect(new URL(answer.location!, "http://x").pathname).toBe(`/fr${path}`);
  }
  // Nor the French page to an English visitor asking for the English one: same path, other key.
  expect(await load(baseURL, path, english)).toMatchObject({ status: 200, lang: "en" });
});
