import { expect, test } from "@playwright/test";
import { SCRIPT_FREE_CLIENT_MODULES } from "@/lib/page-cache/script-free";
import { PUBLIC_ROUTES } from "@/lib/page-cache/routes";
import { FIRST_LOAD_JS_LIMIT_KB, listClientModules, measureFirstLoadJs } from "../scripts/first-load-js";

// These read the production build (`npm run build`, which scripts/test.mjs runs before the e2e step). No browser
// needed; they sit with the e2e specs because those are the suite that runs against a build.
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
