// One Lighthouse audit in a plain Node process, for bench/lighthouse.ts: under tsx, functions Lighthouse sends to the
// browser as source carry esbuild's `__name` helper and fail there ("__name is not defined").
// `node bench/lighthouse-run.mjs <url> <chrome debugging port> <output.json>` writes the report's JSON (the LHR).
import { writeFileSync } from "node:fs";
import lighthouse from "lighthouse";

const [url, port, output] = process.argv.slice(2);
const result = await lighthouse(url, { port: Number(port), output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
writeFileSync(output, JSON.stringify(result.lhr));
