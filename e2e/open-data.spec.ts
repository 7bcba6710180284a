import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

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

  test("oEmbed round-trips from the pledge page's discovery link to an embed that renders and resizes on another origin", async ({ page, request, baseURL }) => {
    await page.goto(PLEDGE);
    const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(discovery).toContain("/api/oembed?url=");
    const oembed = await (await request.get(discovery!)).json();
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: "Pledge Tracker", width: 600 });
    expect(oembed.html).toContain(`src="${baseURL}/embed${PLEDGE}"`);
    expect(oembed.html).toMatch(/<iframe [^>]*title="Pledge Tracker: [^"]+"/);
    // The pledge page's "Embed this" offers the same snippet.
    await page.getByText("Embed this").click();
    await expect(page.getByTestId("embed-code")).toHaveValue(oembed.html);

    thirdParty = await serveThirdPartyPage(oembed.html);
    await page.goto(thirdParty.url);
    const iframe = page.locator("iframe[data-pledge-tracker-embed]");
    const frame = page.frameLocator("iframe[data-pledge-tracker-embed]");
    await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(frame.getByTestId("embed-value")).toHaveText(/\d/);
    await expect(frame.getByTestId("chart-cumulative")).toBeVisible();
    await expect(frame.getByRole("link", { name: /Full details/ })).toHaveAttribute("href", `${baseURL}${PLEDGE}`);

    // The resizer sets the iframe's height to its content's, and follows it when the content changes.
    const contentHeight = () => frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    const frameHeight = async () => Math.round((await iframe.boundingBox())!.height);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    const before = await frameHeight();
    expect(before).not.toBe(480);
    await frame.getByText("Show as table").first().click();
    await expect.poll(frameHeight, { timeout: 10_000 }).not.toBe(before);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  });

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

  test("an embed loads the resizer's script and not Next.js's runtime", async ({ page }) => {
    // The page cache keeps the embeds script-free (lib/page-cache/script-free.ts); /embed.js is the resizer.
    await page.goto(`/embed${PLEDGE}`, { waitUntil: "load" });
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.initiatorType === "script").map((e) => ({ url: new URL(e.name).pathname, bytes: e.encodedBodySize })),
    );
    console.log(`an embed's scripts as sent: ${JSON.stringify(scripts)}`);
    expect(scripts.map((s) => s.url)).toEqual(["/embed.js"]);
    expect(scripts[0].bytes).toBeLessThanOrEqual(10 * 1024);
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
    }
  });
});
