// `npm run bench [-- --updates 100000 --countries 150 --duration 10 --connections 10 --skip-build]`
// Seeds a temporary SQLite database with sample updates, starts the production server on it, and measures
// each public dynamic page against a static page of the same server, in the same run. Writes
// bench/results/dashboard.json.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    updates: { type: "string", default: "100000" },
    countries: { type: "string", default: "150" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3190" },
    "skip-build": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const STATIC_ROUTE = "/about";
const DYNAMIC_ROUTES = ["/", "/pledges/systems-and-labs", "/countries"];
const PUBLIC_ROUTES = ["/", "/pledges/joint-operations", "/pledges/systems-and-labs", "/pledges/training", "/countries", "/countries/KEN", "/updates", "/about"];
const TARGET_RATIO = 0.5;
const TARGET_FIRST_LOAD_KB = 180;
// What a browser sends when it loads a page (client navigations fetch RSC payloads instead).
const PAGE_HEADERS = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

const dir = mkdtempSync(path.join(os.tmpdir(), "pledge-bench-"));
const databaseFile = path.join(dir, "bench.db");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
  NEXTAUTH_URL: base,
  ADMIN_EMAIL: "admin@bench.test",
  ADMIN_PASSWORD: "bench-admin-password-123",
  NEXT_TELEMETRY_DISABLED: "1",
};

function run(command: string, args: string[]): number {
  const started = Date.now();
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { env, stdio: "inherit" });
  return (Date.now() - started) / 1000;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start within 60 s");
}

type Load = { route: string; requestsPerSec: number; p99Ms: number; p50Ms: number; errors: number; non2xx: number };

async function measure(route: string): Promise<Load> {
  const result = await autocannon({ url: `${base}${route}`, headers: PAGE_HEADERS, duration: Number(values.duration), connections: Number(values.connections) });
  return {
    route,
    requestsPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Time of the first request after start: the cache is empty, so this is the cost of the SQL aggregates. */
async function timeCold(route: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${route}`, { headers: PAGE_HEADERS });
  await response.text();
  if (!response.ok) throw new Error(`${route} answered ${response.status}`);
  return Math.round(performance.now() - started);
}

/** A commit from another process (the admin's name gains a dot): every cached page and aggregate is stale after it. */
function commitElsewhere(): void {
  const database = new Database(databaseFile);
  database.prepare("UPDATE users SET name = name || '.' WHERE email = ?").run(env.ADMIN_EMAIL);
  database.close();
}

/** The scripts a browser loads with the page itself (lazily imported chunks, such as Recharts, are not counted). */
async function measureFirstLoadJs(route: string): Promise<{ route: string; files: number; gzipKb: number }> {
  const html = await (await fetch(`${base}${route}`)).text();
  const files = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]))];
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(".next", file.replace("/_next/", "")))).length, 0);
  return { route, files: files.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}

async function main() {
  const timings: Record<string, number> = {};
  timings.migrateSeconds = run("npx", ["prisma", "migrate", "deploy"]);
  timings.seedSeconds = run("npx", ["tsx", "prisma/seed.ts"]);
  timings.sampleSeconds = run("npx", ["tsx", "prisma/sample.ts", "--updates", values.updates!, "--countries", values.countries!]);
  if (!values["skip-build"]) timings.buildSeconds = run("npm", ["run", "build"]);

  const server = spawn(process.execPath, ["dist/server.js", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  try {
    await waitForServer();
    const cold = Object.fromEntries(await sequence([STATIC_ROUTE, ...DYNAMIC_ROUTES], async (r) => [r, await timeCold(r)] as const));
    // Warm up until steady (JIT, caches), so the first route measured is not penalised.
    await sequence([STATIC_ROUTE, ...DYNAMIC_ROUTES], (r) => autocannon({ url: `${base}${r}`, headers: PAGE_HEADERS, duration: 3, connections: Number(values.connections) }));
    const pairs = await sequence(DYNAMIC_ROUTES, async (route) => {
      const staticLoad = await measure(STATIC_ROUTE);
      const dynamicLoad = await measure(route);
      const ratio = Math.round((dynamicLoad.requestsPerSec / staticLoad.requestsPerSec) * 100) / 100;
      console.log(`${route}: ${dynamicLoad.requestsPerSec} req/s (p99 ${dynamicLoad.p99Ms} ms) vs static ${staticLoad.requestsPerSec} req/s: ${ratio}`);
      return { route, dynamic: dynamicLoad, static: staticLoad, ratio, meetsTarget: ratio >= TARGET_RATIO, coldFirstRequestMs: cold[route] };
    });
    commitElsewhere();
    const afterWrite = Object.fromEntries(await sequence(DYNAMIC_ROUTES, async (r) => [r, await timeCold(r)] as const));
    const firstLoad = await sequence(PUBLIC_ROUTES, measureFirstLoadJs);
    const results = {
      ranAt: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown" },
      data: { publishedSampleUpdates: Number(values.updates), countries: Number(values.countries), database: "SQLite (temporary file)" },
      load: { tool: "autocannon", durationSeconds: Number(values.duration), connections: Number(values.connections), staticRoute: STATIC_ROUTE, staticColdMs: cold[STATIC_ROUTE] },
      targets: { dynamicToStaticRatio: TARGET_RATIO, firstLoadJsGzipKb: TARGET_FIRST_LOAD_KB },
      pages: pairs.map((p) => ({ ...p, firstLoadAfterWriteMs: afterWrite[p.route] })),
      firstLoadJs: firstLoad.map((f) => ({ ...f, meetsTarget: f.gzipKb <= TARGET_FIRST_LOAD_KB })),
      setup: timings,
    };
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/dashboard.json", `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify({ pages: pairs.map((p) => [p.route, p.dynamic.requestsPerSec, p.static.requestsPerSec, p.ratio]), firstLoad }, null, 2));
    console.log("Wrote bench/results/dashboard.json");
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One after another: measurements must not compete for the CPU. */
async function sequence<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
