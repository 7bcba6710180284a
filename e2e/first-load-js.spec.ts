import { expect, test } from "@playwright/test";
import { SCRIPT_FREE_CLIENT_MODULES } from "@/lib/page-cache/script-free";
import { PUBLIC_ROUTES } from "@/lib/page-cache/routes";
import { EMBED_FIRST_LOAD_JS_LIMIT_KB, FIRST_LOAD_JS_LIMIT_KB, listClientModules, measureFirstLoadJs, measureServedScripts } from "../scripts/first-load-js";

// The first two read the production build (`npm run build`, which scripts/test.mjs runs before the e2e step); they sit
// with the e2e specs because those are the suite that runs against a build.
test("every public page's first-load JS is within the limit", () => {
  const routes = measureFirstLoadJs();
  expect(routes.length).toBeGreaterThanOrEqual(6);
  const over = routes.filter((r) => r.gzipKb > FIRST_LOAD_JS_LIMIT_KB).map((r) => `${r.route}: ${r.gzipKb} kB gzip`);
  expect(over, `over ${FIRST_LOAD_JS_LIMIT_KB} kB: ${JSON.stringify(routes)}`).toEqual([]);
});

// The page cache keeps these pages without scripts: a client component on them would never run for most readers.
test("pages served without scripts ship no client component that needs them", () => {
  const routes = PUBLIC_ROUTES.filter((r) => r.scriptFree).map((r) => r.route);
  expect(routes.length).toBeGreaterThanOrEqual(6);
  for (const route of routes) {
    const extra = listClientModules({ route }).filter((m) => !SCRIPT_FREE_CLIENT_MODULES.includes(m));
    expect(extra, `${route} is kept without scripts (scriptFree in lib/page-cache/routes.ts), but ships ${extra.join(", ")}`).toEqual([]);
  }
});

// Embeds (issue 13) as another site's readers get them: the page as the server sends it to a visitor without a
// session, its scripts fetched and weighed, and the browser's own list of what it loaded compared with them.
test("every embed as served ships at most the embed limit of script, and the browser loads no other", async ({ page, request, baseURL }) => {
  // The embeds a pledge page offers ("Embed this"): the whole pledge and each of its charts.
  const offered = async (slug: string) => [...new Set((await (await request.get(`/pledges/${slug}`)).text()).match(/\/embed\/pledges\/[a-z0-9-]+(?:\/[a-z]+)?/g))];
  const paths = [...(await offered("joint-operations")), ...(await offered("training"))];
  expect(paths.length).toBeGreaterThanOrEqual(6);
  for (const path of paths) {
    const served = await measureServedScripts({ baseUrl: baseURL!, path });
    expect(served.status, path).toBe(200);
    expect(served.gzipKb, `${path} ships ${JSON.stringify(served.scripts)}`).toBeLessThanOrEqual(EMBED_FIRST_LOAD_JS_LIMIT_KB);

    await page.goto(path, { waitUntil: "networkidle" });
    const loaded = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === "script" || new URL(e.name).pathname.endsWith(".js"))
        .map((e) => e.name),
    );
    const weighed = served.scripts.map((s) => s.src);
    expect(loaded.filter((url) => !weighed.includes(url)), `${path}: loaded but not weighed`).toEqual([]);
  }
});
