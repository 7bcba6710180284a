import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALE_TAGS, localizePath } from "@/lib/i18n/locales";

const PLEDGE = "/pledges/training";

/** A page on another origin ("localhost" against the app's 127.0.0.1) that pastes the given HTML. */
async function serveThirdPartyPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>A newspaper</title></head><body style="width:700px"><h1>Our article</h1>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

test.describe("embeds, oEmbed and link previews", () => {
  let thirdParty: { url: string; server: Server } | undefined;
  test.afterEach(() => thirdParty?.server.close());

  // English, and one prefixed language: the snippet of /fr/pledges/training embeds /fr/embed/…, which renders French.
  for (const locale of ["en", "fr"] as const) {
    const pledgePage = localizePath(PLEDGE, locale);
    test(`${locale}: oEmbed round-trips from the pledge page's discovery link to an embed that renders and resizes on another origin`, async ({ page, request, baseURL }) => {
      await page.goto(pledgePage);
      const title = (await page.locator("#pledge-title").textContent())!;
      const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
      expect(new URL(discovery!, baseURL).searchParams.get("url")).toBe(`${baseURL}${pledgePage}`);
      const oembed = await (await request.get(discovery!)).json();
      expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: "Pledge Tracker", width: 600 });
      expect(oembed.html).toContain(`src="${baseURL}${localizePath(`/embed${PLEDGE}`, locale)}"`);
      expect(oembed.html).toMatch(/<iframe [^>]*title="Pledge Tracker[^"]+"/);
      // The pledge page's "Embed this" offers the same snippet.
      await page.getByTestId("embed-this").locator("summary").click();
      await expect(page.getByTestId("embed-code")).toHaveValue(oembed.html);

      thirdParty = await serveThirdPartyPage(oembed.html);
      await page.goto(thirdParty.url);
      const iframe = page.locator("iframe[data-pledge-tracker-embed]");
      const frame = page.frameLocator("iframe[data-pledge-tracker-embed]");
      const frameTitle = (await iframe.getAttribute("title"))!; // in the page's language: its pledge title
      expect(frameTitle.startsWith("Pledge Tracker") && frameTitle.endsWith(title), frameTitle).toBe(true);
      await expect(frame.locator("html")).toHaveAttribute("lang", LOCALE_TAGS[locale]);
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(frame.getByTestId("embed-value")).toHaveText(/\d/);
      await expect(frame.getByTestId("chart-cumulative")).toBeVisible();
      await expect(frame.getByTestId("embed-link")).toHaveAttribute("href", `${baseURL}${pledgePage}`);
      if (locale === "en") await expect(frame.getByTestId("embed-link")).toHaveText(/Full details/);

      // The resizer sets the iframe's height to its content's, and follows it when the content changes.
      const contentHeight = () => frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const frameHeight = async () => Math.round((await iframe.boundingBox())!.height);
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
      const before = await frameHeight();
      expect(before).not.toBe(480);
      await frame.getByTestId("chart-cumulative").locator("summary").click(); // "Show as table", in the page's language
      await expect.poll(frameHeight, { timeout: 10_000 }).not.toBe(before);
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    });
  }

  test("a normal page refuses to be framed; only /embed/* allows it", async ({ page, request, baseURL }) => {
    const normal = await request.get(PLEDGE);
    expect(normal.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(normal.headers()["x-frame-options"]).toBe("DENY");
    const embed = await request.get(`/embed${PLEDGE}`);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();

    thirdParty = await serveThirdPartyPage(`<iframe id="normal" src="${baseURL}${PLEDGE}" title="normal"></iframe><iframe id="embed" src="${baseURL}/embed${PLEDGE}" title="embed"></iframe>`);
    await page.goto(thirdParty.url);
    await expect(page.frameLocator("#embed").getByTestId("embed")).toBeVisible();
    // A refused frame never gets the page: Chromium shows its own error document instead.
    await expect.poll(() => page.frames().map((f) => f.url()).some((u) => u.startsWith("chrome-error://"))).toBe(true);
    const normalFrame = page.frames().find((f) => f.url() === `${baseURL}${PLEDGE}`);
    expect(normalFrame).toBeUndefined();
  });

  test("the pledge's preview image is a 1200×630 PNG, named in its Open Graph and Twitter metadata", async ({ page, request }) => {
    await page.goto(PLEDGE);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/pledges\/training\/og\.png\?v=\d+$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    const response = await request.get(image!);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // the IHDR chunk's width and height
  });

  test("/data and the embeds have no serious or critical accessibility violations", async ({ page }) => {
    for (const path of ["/data", `/embed${PLEDGE}`, `/embed${PLEDGE}/years`, `/embed${PLEDGE}/region`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (path.startsWith("/embed")) await expect(page.getByRole("banner")).toBeHidden(); // the site's header stays out of embeds
      if (path.startsWith("/embed") && !path.endsWith("/region")) await expect(page.getByTestId("chart-plot").locator("svg[role=img]").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(blocking.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      // Lighthouse's accessibility score counts heading order too: an embed's chart heading follows its h1.
      const order = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
      expect(order.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });

  test("an embed is crawlable, and names its pledge page as the canonical one", async ({ page, baseURL }) => {
    for (const [path, pledgePage] of [[`/embed${PLEDGE}/years`, PLEDGE], [`/fr/embed${PLEDGE}`, `/fr${PLEDGE}`]]) {
      await page.goto(path);
      await expect(page.getByTestId("embed")).toBeVisible();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${pledgePage}`);
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    }
  });
});
