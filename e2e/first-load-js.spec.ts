import { expect, test } from "@playwright/test";
import { FIRST_LOAD_JS_LIMIT_KB, measureFirstLoadJs } from "../scripts/first-load-js";

// Reads the production build (`npm run build`, which scripts/test.mjs runs before the e2e step): every public page's
// first-load JavaScript stays within the limit. No browser needed; it sits with the e2e specs because they are
// the suite that runs against a build.
test("every public page's first-load JS is within the limit", () => {
  const routes = measureFirstLoadJs();
  expect(routes.length).toBeGreaterThanOrEqual(6);
  const over = routes.filter((r) => r.gzipKb > FIRST_LOAD_JS_LIMIT_KB).map((r) => `${r.route}: ${r.gzipKb} kB gzip`);
  expect(over, `over ${FIRST_LOAD_JS_LIMIT_KB} kB: ${JSON.stringify(routes)}`).toEqual([]);
});
