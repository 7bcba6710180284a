// `npm run bench:lighthouse [-- --updates 100000 --runs 3 --port 3270 --skip-build]`
// Lighthouse 12 (mobile profile: its default, simulated slow 4G and a 4x slower CPU) with Debian's Chromium, over every
// public page of the production build on a temporary SQLite database holding the seed plus --updates sample updates.
// Each page is scored --runs times; the medians go to bench/results/lighthouse.json. The same run scores a minimal
// page built with the same Next.js version (bench/reference-app), since this machine's speed varies between runs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import { PUBLIC_ROUTES } from "@/lib/page-cache/routes";
import { FIRST_LOAD_JS_TARGET_KB, measureFirstLoadJs } from "../scripts/first-load-js";

const { values } = parseArgs({
  options: {
    updates: { type: "string", default: "100000" },
    countries: { type: "string", default: "150" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "3270" },
    "skip-build": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const referencePort = port + 1;
const runs = Number(values.runs);
const RESULTS = "bench/results/lighthouse.json";
const REFERENCE_DIR = "bench/reference-app";
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100, totalBlockingTimeMs: 200, largestContentfulPaintMs: 2500, cumulativeLayoutShift: 0 };

// One concrete page per public route (app/(public), /about, /reports); a new route fails here until it is added.
const EXAMPLES: Record<string, string[]> = {
  "/": ["/"],
  "/pledges/[slug]": ["/pledges/joint-operations", "/pledges/systems-and-labs", "/pledges/training"],
  "/countries": ["/countries"],
  "/countries/[iso3]": ["/countries/KEN"],
  "/countries/map.svg": [],
  "/updates": ["/updates"],
  "/about": ["/about"],
  "/reports": ["/reports"],
  "/data": ["/data"],
  "/data/releases/[number]": [], // the bench database has no release
  "/feed.atom": [],
  "/pledges/[slug]/feed.atom": [],
  "/og.png": [],
  "/pledges/[slug]/og.png": [],
  "/embed/pledges/[slug]": ["/embed/pledges/training"],
  "/embed/pledges/[slug]/[chart]": [],
};
const missing = PUBLIC_ROUTES.filter((r) => !(r.route in EXAMPLES)).map((r) => r.route);
if (missing.length) throw new Error(`bench/lighthouse.ts has no example page for ${missing.join(", ")}`);
const PAGES = PUBLIC_ROUTES.flatMap((r) => EXAMPLES[r.route]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function run(env: NodeJS.ProcessEnv, command: string, args: string[], cwd = "."): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { env, cwd, stdio: "inherit" });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within 120 s`);
}

type Score = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  speedIndexMs: number;
  cumulativeLayoutShift: number;
  scriptTransferKb: number;
  htmlTransferKb: number;
  domElements: number;
  failedAudits: string[];
};

type LighthouseAudit = { score: number | null; scoreDisplayMode?: string; numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } };
type LighthouseResult = { categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, LighthouseAudit> };

async function score(chromePort: number, url: string, dir: string): Promise<Score> {
  const output = path.join(dir, "lhr.json");
  execFileSync(process.execPath, ["bench/lighthouse-run.mjs", url, String(chromePort), output], { stdio: "inherit" });
  const lhr = JSON.parse(readFileSync(output, "utf8")) as LighthouseResult;
  const audit = (id: string) => lhr.audits[id];
  const category = (id: string) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const resources = audit("resource-summary").details?.items ?? [];
  const transferKb = (type: string) => Math.round(((resources.find((r) => r.resourceType === type)?.transferSize ?? 0) / 1024) * 10) / 10;
  // What keeps a 100 from the non-performance categories (binary audits that failed).
  const failedAudits = ["accessibility", "best-practices", "seo"].flatMap((c) =>
    lhr.categories[c].auditRefs.filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && (audit(ref.id)?.score ?? 1) < 1).map((ref) => `${c}:${ref.id}`),
  );
  return {
    performance: category("performance"),
    accessibility: category("accessibility"),
    bestPractices: category("best-practices"),
    seo: category("seo"),
    totalBlockingTimeMs: Math.round(audit("total-blocking-time").numericValue ?? 0),
    largestContentfulPaintMs: Math.round(audit("largest-contentful-paint").numericValue ?? 0),
    firstContentfulPaintMs: Math.round(audit("first-contentful-paint").numericValue ?? 0),
    speedIndexMs: Math.round(audit("speed-index").numericValue ?? 0),
    cumulativeLayoutShift: Math.round((audit("cumulative-layout-shift").numericValue ?? 0) * 1000) / 1000,
    scriptTransferKb: transferKb("script"),
    htmlTransferKb: transferKb("document"),
    domElements: Math.round(audit("dom-size").numericValue ?? 0),
    failedAudits,
  };
}

/** Each metric's median over the runs (metric by metric), and the failed audits of any run. */
function summarise(scores: Score[]) {
  const numeric = Object.keys(scores[0]).filter((k) => k !== "failedAudits") as Exclude<keyof Score, "failedAudits">[];
  const medians = Object.fromEntries(numeric.map((k) => [k, median(scores.map((s) => s[k]))])) as Omit<Score, "failedAudits">;
  const meets = {
    performance: medians.performance >= TARGETS.performance,
    accessibility: medians.accessibility >= TARGETS.accessibility,
    bestPractices: medians.bestPractices >= TARGETS.bestPractices,
    seo: medians.seo >= TARGETS.seo,
    totalBlockingTime: medians.totalBlockingTimeMs <= TARGETS.totalBlockingTimeMs,
    largestContentfulPaint: medians.largestContentfulPaintMs <= TARGETS.largestContentfulPaintMs,
    cumulativeLayoutShift: medians.cumulativeLayoutShift <= TARGETS.cumulativeLayoutShift,
  };
  return { ...medians, meetsTargets: Object.values(meets).every(Boolean), meets, failedAudits: [...new Set(scores.flatMap((s) => s.failedAudits))], performanceRuns: scores.map((s) => s.performance) };
}

async function scorePages(chromePort: number, origin: string, pages: string[], dir: string) {
  const out: Record<string, ReturnType<typeof summarise>> = {};
  for (const page of pages) {
    const scores: Score[] = [];
    for (let i = 0; i < runs; i++) {
      scores.push(await score(chromePort, `${origin}${page}`, dir));
      console.log(`${page} run ${i + 1}: performance ${scores.at(-1)!.performance}, TBT ${scores.at(-1)!.totalBlockingTimeMs} ms, LCP ${scores.at(-1)!.largestContentfulPaintMs} ms`);
    }
    out[page] = summarise(scores);
  }
  return out;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pledge-lighthouse-"));
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
    NEXTAUTH_URL: origin,
    ADMIN_EMAIL: "admin@bench.test",
    ADMIN_PASSWORD: "bench-admin-password-123",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const children: ChildProcess[] = [];
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    run(env, "npx", ["prisma", "migrate", "deploy"]);
    run(env, "npx", ["tsx", "prisma/seed.ts"]);
    run(env, "npx", ["tsx", "prisma/sample.ts", "--updates", values.updates!, "--countries", values.countries!]);
    if (!values["skip-build"]) run(env, "npm", ["run", "build"]);
    run(env, "npx", ["next", "build", REFERENCE_DIR]);

    const server = spawn(process.execPath, ["dist/server.js", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    const reference = spawn("npx", ["next", "start", REFERENCE_DIR, "-p", String(referencePort), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    children.push(server, reference);
    await waitFor(`${origin}/api/health`);
    await waitFor(`http://127.0.0.1:${referencePort}/`);
    // A reader gets the page cache's copy: fill it (and Next's caches) before measuring.
    for (const page of PAGES) await (await fetch(`${origin}${page}`)).arrayBuffer();

    chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    const referenceScores = await scorePages(chrome.port, `http://127.0.0.1:${referencePort}`, ["/"], dir);
    const pages = await scorePages(chrome.port, origin, PAGES, dir);
    const firstLoadJs = measureFirstLoadJs();
    const referenceFirstLoadJs = measureFirstLoadJs({ distDir: path.join(REFERENCE_DIR, ".next"), routes: ["/"] })[0];

    const result = {
      generatedAt: new Date().toISOString(),
      lighthouse: JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version as string,
      chromium: execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim(),
      next: JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string,
      profile: "Lighthouse default (mobile: Moto G Power emulation, simulated slow 4G, 4x CPU slowdown)",
      machine: `${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at the end`,
      database: "sqlite",
      updates: Number(values.updates),
      runsPerPage: runs,
      targets: { ...TARGETS, firstLoadJsGzipKb: FIRST_LOAD_JS_TARGET_KB },
      reference: { ...referenceScores["/"], firstLoadJsGzipKb: referenceFirstLoadJs.gzipKb },
      pages,
      firstLoadJs: firstLoadJs.map((r) => ({ ...r, meetsTarget: r.gzipKb <= FIRST_LOAD_JS_TARGET_KB })),
    };
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nWrote ${RESULTS}`);
    console.table(Object.fromEntries(Object.entries({ "reference /": referenceScores["/"], ...pages }).map(([p, s]) => [p, { perf: s.performance, a11y: s.accessibility, bp: s.bestPractices, seo: s.seo, tbt: s.totalBlockingTimeMs, lcp: s.largestContentfulPaintMs, cls: s.cumulativeLayoutShift, js: s.scriptTransferKb, ok: s.meetsTargets }])));
  } finally {
    await chrome?.kill();
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
