// `npm run bench [-- --engine sqlite|postgresql --updates 100000 --duration 5 --connections 10 --port 3800 --skip-build]`
// Seeds a temporary database (SQLite file, or a new database on the PostgreSQL server TEST_DATABASE_URL names, e.g.
// under scripts/postgres-throwaway.sh) with sample updates, starts the production server on it and records, in
// bench/results/dashboard.json (one entry per engine and size, others kept):
// - the first view of each route after a publish from another process (p50, p99 over --publishes publishes);
// - cache-hit throughput per route against a bare node:http server sending the same bytes, in the same run;
// - how many renders 1,000 junk query strings cause; the server's peak RSS.
import autocannon from "autocannon";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingMessage } from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    updates: { type: "string", default: "100000" },
    countries: { type: "string", default: "150" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    publishes: { type: "string", default: "20" },
    port: { type: "string", default: "3800" },
    "skip-build": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const ROUTES = ["/", "/pledges/systems-and-labs", "/countries", "/about"];
const HIT_TARGET = 0.7;
const FIRST_LOAD_JS_TARGET_KB = 180;
const FIRST_VIEW_TARGET_MS = { p50: 100, p99: 250 };
// What a browser sends when it loads a page (client navigations fetch RSC payloads instead).
const PAGE_HEADERS = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };
const RESULTS = "bench/results/dashboard.json";

const dir = mkdtempSync(path.join(os.tmpdir(), "pledge-bench-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (values.engine === "sqlite") return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => {} };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("--engine postgresql needs TEST_DATABASE_URL (run it under scripts/postgres-throwaway.sh)");
  const name = `pledge_bench_${process.pid}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

function run(env: NodeJS.ProcessEnv, command: string, args: string[]): number {
  const started = Date.now();
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { env, stdio: "inherit" });
  return (Date.now() - started) / 1000;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** One page load as a browser makes it, with the raw (still compressed) bytes and the cache's verdict. */
function load(url: string): Promise<{ status: number; headers: string[]; body: Buffer; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: PAGE_HEADERS }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const skip = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);
        const headers = response.rawHeaders.filter((_, i, all) => i % 2 === 0 ? !skip.has(all[i].toLowerCase()) : !skip.has(all[i - 1].toLowerCase()));
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks), cache: response.headers["x-page-cache"] as string | undefined });
      });
    }).on("error", reject);
  });
}

async function throughput(url: string) {
  const result = await autocannon({ url, headers: PAGE_HEADERS, duration: Number(values.duration), connections: Number(values.connections) });
  return { requestsPerSec: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/** Publishes an update the way an admin does (submit, then review), from this process: another process than the server. */
async function createPublisher(env: NodeJS.ProcessEnv) {
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, AUTH_SECRET: env.AUTH_SECRET });
  const { db } = await import("../lib/db");
  const { createUpdate, reviewUpdate } = await import("../lib/updates/actions");
  const user = await db.user.findUniqueOrThrow({ where: { email: env.ADMIN_EMAIL } });
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword };
  const pledge = await db.pledge.findUniqueOrThrow({ where: { slug: "training" }, include: { fields: true } });
  let n = 0;
  return {
    publish: async () => {
      const input = {
        pledgeId: pledge.id, fieldId: pledge.fields[0]?.id ?? "", eventDate: "2019-06-01", quantity: "5", countryIds: [],
        title: `Bench publication ${++n}`, description: "Published by the benchmark.", evidence: [{ source: "GOVERNMENT", publisher: "Benchmark", date: "2019-01-01", url: "https://example.org/bench" }],
      };
      const created = await createUpdate(actor, input, { submit: true });
      await reviewUpdate(actor, { id: created.id, version: created.version, decision: "publish" });
    },
    close: () => db.$disconnect(),
  };
}

/**
 * The price of reading the public-data version from the database, as a process that did not write (every read is
 * cross-process): when nothing committed since the last read, and right after another connection's commit.
 */
async function measureStampRead(env: NodeJS.ProcessEnv) {
  const { readPublicVersion, bumpPublicVersion } = await import("../lib/db/public-version");
  const { createDb } = await import("../lib/db");
  const writer = createDb(env.DATABASE_URL);
  const time = async (count: number, between?: () => Promise<void>) => {
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (between) await between();
      const started = performance.now();
      await readPublicVersion();
      total += performance.now() - started;
    }
    return Math.round((total / count) * 1000 * 10) / 10;
  };
  await time(100); // opens the connection
  const unchangedUs = await time(10_000);
  const afterCommitUs = await time(200, () => bumpPublicVersion(writer.db));
  await writer.db.$disconnect();
  return { unchangedUs, afterCommitUs, note: "microseconds per read, from a process other than the writer" };
}

/** CPU time a process has used, in microseconds (Linux /proc; user + system). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime, stime in clock ticks (100 per second)
}

/** Requests per second, and the server's CPU time per request: the second holds up when the machine is busy. */
async function measureServer(url: string, pid: number) {
  const before = cpuMicros(pid);
  const load = await throughput(url);
  const cpuUsPerRequest = Math.round((cpuMicros(pid) - before) / (load.requestsPerSec * Number(values.duration)));
  return { ...load, cpuUsPerRequest };
}

/** The scripts a browser loads with the page itself (lazily imported chunks, such as Recharts, are not counted). */
async function measureFirstLoadJs(route: string): Promise<{ route: string; files: number; gzipKb: number; meetsTarget: boolean }> {
  const html = await (await fetch(`${base}${route}`)).text();
  const files = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]))];
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(".next", file.replace("/_next/", "")))).length, 0);
  const gzipKb = Math.round((bytes / 1024) * 10) / 10;
  return { route, files: files.length, gzipKb, meetsTarget: gzipKb <= FIRST_LOAD_JS_TARGET_KB };
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
}

async function main() {
  const database = await createDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
    NEXTAUTH_URL: base,
    ADMIN_EMAIL: "admin@bench.test",
    ADMIN_PASSWORD: "bench-admin-password-123",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const setup: Record<string, number> = {};
  const children: ChildProcess[] = [];
  try {
    setup.migrateSeconds = run(env, "npx", ["prisma", "migrate", "deploy"]);
    setup.seedSeconds = run(env, "npx", ["tsx", "prisma/seed.ts"]);
    setup.sampleSeconds = run(env, "npx", ["tsx", "prisma/sample.ts", "--updates", values.updates!, "--countries", values.countries!]);
    if (!values["skip-build"]) setup.buildSeconds = run(env, "npm", ["run", "build"]);

    const server = spawn(process.execPath, ["dist/server.js", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    children.push(server);
    await waitFor(`${base}/api/health`);
    const publisher = await createPublisher(env);

    // First view of each route after a publish from another process: the cost of rendering it afresh.
    const firstView: Record<string, { p50Ms: number; p99Ms: number; maxMs: number; misses: number; samples: number }> = {};
    for (const route of ROUTES) await load(`${base}${route}`); // past each route's first compile and start-up cost
    for (const route of ROUTES) {
      const times: number[] = [];
      let misses = 0;
      for (let i = 0; i < Number(values.publishes); i++) {
        await publisher.publish();
        const started = performance.now();
        const page = await load(`${base}${route}`);
        times.push(performance.now() - started);
        if (page.cache === "miss") misses++;
      }
      times.sort((a, b) => a - b);
      firstView[route] = { p50Ms: Math.round(percentile(times, 50)), p99Ms: Math.round(percentile(times, 99)), maxMs: Math.round(times.at(-1)!), misses, samples: times.length };
      console.log(`first view ${route}: p50 ${firstView[route].p50Ms} ms, p99 ${firstView[route].p99Ms} ms`);
    }

    // 1,000 junk query strings on the dashboard: how many renders do they cause?
    await publisher.publish();
    // The first alone: concurrent requests for a page being rendered share its render but are not hits.
    let renders = (await load(`${base}/?utm_source=0&x0=${Math.random()}`)).cache === "hit" ? 0 : 1;
    for (let i = 1; i < 1000; i += 10) {
      const batch = await Promise.all(Array.from({ length: Math.min(10, 1000 - i) }, (_, j) => load(`${base}/?utm_source=${i + j}&x${i + j}=${Math.random()}`)));
      renders += batch.filter((p) => p.cache !== "hit").length;
    }
    console.log(`1,000 junk query strings: ${renders} render(s)`);

    // Hits against a bare server sending the same bytes, route by route, in the same run.
    const pages: Record<string, { status: number; headers: string[]; body: string }> = {};
    for (const route of ROUTES) {
      await load(`${base}${route}`);
      const page = await load(`${base}${route}`);
      if (page.cache !== "hit") throw new Error(`${route} was not served from the cache (${page.cache})`);
      pages[route] = { status: page.status, headers: page.headers, body: page.body.toString("base64") };
    }
    writeFileSync(path.join(dir, "pages.json"), JSON.stringify(pages));
    const bare = spawn(process.execPath, ["bench/bare-server.mjs", path.join(dir, "pages.json"), String(port + 1)], { stdio: ["ignore", "inherit", "inherit"] });
    children.push(bare);
    await waitFor(`http://127.0.0.1:${port + 1}/`);
    for (const route of ROUTES) await autocannon({ url: `${base}${route}`, headers: PAGE_HEADERS, duration: 2, connections: Number(values.connections) });
    const hits = [];
    for (const route of ROUTES) {
      const app = await measureServer(`${base}${route}`, server.pid!);
      const reference = await measureServer(`http://127.0.0.1:${port + 1}${route}`, bare.pid!);
      const ratio = Math.round((app.requestsPerSec / reference.requestsPerSec) * 100) / 100;
      // Throughput as CPU allows: the bare server's CPU per request over the app's (load-generator limits aside).
      const cpuRatio = Math.round((reference.cpuUsPerRequest / app.cpuUsPerRequest) * 100) / 100;
      console.log(`${route}: ${app.requestsPerSec} req/s vs bare ${reference.requestsPerSec} req/s: ${ratio}; CPU per request ${app.cpuUsPerRequest} vs ${reference.cpuUsPerRequest} µs: ${cpuRatio}`);
      hits.push({ route, bytes: Buffer.from(pages[route].body, "base64").byteLength, app, bare: reference, ratio, cpuRatio, meetsTarget: ratio >= HIT_TARGET });
    }

    const firstLoadJs = [];
    for (const route of ["/", "/pledges/joint-operations", "/countries", "/countries/KEN", "/updates", "/about"]) firstLoadJs.push(await measureFirstLoadJs(route));
    const stampRead = await measureStampRead(env);
    console.log(`stamp read: ${stampRead.unchangedUs} µs unchanged, ${stampRead.afterCommitUs} µs after a commit elsewhere`);
    const entry = {
      ranAt: new Date().toISOString(),
      engine: values.engine,
      publishedSampleUpdates: Number(values.updates),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown" },
      load: { tool: "autocannon, on the same machine", durationSeconds: Number(values.duration), connections: Number(values.connections) },
      targets: { firstViewMs: FIRST_VIEW_TARGET_MS, hitToBareRatio: HIT_TARGET },
      firstViewAfterPublish: firstView,
      hits,
      junkQueries: { requests: 1000, renders, ratio: renders / 1000 },
      stampRead,
      firstLoadJs,
      serverPeakRssMb: peakRssMb(server.pid!),
      setup,
    };
    await publisher.close();
    const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
    const runs = (Array.isArray(previous.runs) ? previous.runs : []).filter((r: typeof entry) => r.engine !== entry.engine || r.publishedSampleUpdates !== entry.publishedSampleUpdates);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ runs: [...runs, entry].sort((a, b) => a.engine.localeCompare(b.engine) || a.publishedSampleUpdates - b.publishedSampleUpdates) }, null, 2)}\n`);
    console.log(`Wrote ${RESULTS}`);
  } finally {
    const [server, bare] = children;
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM"); // detached: its whole group
    if (bare?.pid && bare.exitCode === null) bare.kill("SIGTERM");
    await database.drop().catch((error) => console.error("could not drop the benchmark database", error));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
