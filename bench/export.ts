// `npm run bench:export [-- --updates 1000000 --db file]`: streams the updates log CSV of N published updates from
// the production server and records rows/s and the server's peak RSS, against `sqlite3 -csv` dumping the same rows
// from the same file in the same run. Writes bench/results/export.json.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { updates: { type: "string", default: "1000000" }, db: { type: "string" }, port: { type: "string", default: "3199" } } });
const UPDATES = Number(values.updates);
const PORT = Number(values.port);
const root = process.cwd();
const dir = values.db ? path.dirname(path.resolve(values.db)) : mkdtempSync(path.join(tmpdir(), "pledge-bench-"));
const file = values.db ? path.resolve(values.db) : path.join(dir, "bench.db");
const env = { ...process.env, DATABASE_URL: `file:${file}`, AUTH_SECRET: "bench-only-secret-0123456789abcdefghijkl", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };

// The same columns, order and formatting as the updates log export (lib/reports/updates-log.ts).
// The fastest query found for them: the country and evidence lists are built in one grouped pass each and joined
// (correlated sub-selects per row ran at about half this speed).
const REFERENCE_SQL = `
WITH cc AS (
  SELECT updateId, group_concat(iso3, ';') AS codes, group_concat(name, ';') AS names
  FROM (SELECT uc.updateId, c.iso3, c.name FROM update_countries uc JOIN countries c ON c.id = uc.countryId ORDER BY uc.updateId, c.iso3)
  GROUP BY updateId
), ev AS (
  SELECT updateId, group_concat(v, char(10)) AS evidence
  FROM (SELECT updateId, coalesce(url, citation) AS v FROM evidence ORDER BY updateId, position, id)
  GROUP BY updateId
)
SELECT u.id, u.externalId AS external_id, p.slug AS pledge, p.title AS pledge_title, substr(u.eventDate, 1, 10) AS event_date,
  u.quantity, f.slug AS field, f.name AS field_name, cc.codes AS country_codes, cc.names AS country_names,
  u.title, u.description, ev.evidence,
  u.state, u.publishedAt AS published_at, r.name AS published_by, CASE WHEN u.isSample THEN 'true' ELSE 'false' END AS is_sample
FROM progress_updates u
JOIN pledges p ON p.id = u.pledgeId
LEFT JOIN fields f ON f.id = u.fieldId
LEFT JOIN users r ON r.id = u.reviewerId
LEFT JOIN cc ON cc.updateId = u.id
LEFT JOIN ev ON ev.updateId = u.id
WHERE u.state = 'PUBLISHED' AND u.deletedAt IS NULL
ORDER BY u.id;`;

function step(label: string, run: () => void) {
  const started = Date.now();
  process.stdout.write(`${label}… `);
  run();
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function prepareDatabase() {
  if (values.db && existsSync(file)) return;
  step("Migrating and seeding a temporary SQLite database", () => {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...env, ADMIN_PASSWORD: "bench-admin-password-1" }, stdio: "ignore" });
  });
  step(`Inserting ${UPDATES.toLocaleString("en")} published updates (prisma/sample.ts)`, () => {
    execFileSync("npx", ["tsx", "prisma/sample.ts", "--updates", String(UPDATES), "--countries", "150"], { env, stdio: "ignore" });
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) total += treeRss(Number(child));
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

/** Counts CSV records by their CRLF ends (the export's record delimiter; cells here hold no CRLF). */
async function drain(stream: AsyncIterable<Uint8Array>, crlf: boolean): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  let previous = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === 10 && (!crlf || (i > 0 ? chunk[i - 1] : previous) === 13)) lines++;
    }
    previous = chunk[chunk.length - 1];
  }
  return { bytes, lines };
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "dist/server.js"), "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error("The server did not start; run `npm run build` first.");
}

async function measureExport(server: ChildProcess) {
  await (await fetch(`http://127.0.0.1:${PORT}/reports/updates-log.csv?from=2100-01-01`)).text(); // warm the route
  const idleRss = treeRss(server.pid!);
  let peakRss = idleRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(server.pid!))), 25);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}/reports/updates-log.csv`, { headers: { "Accept-Encoding": process.env.BENCH_ENCODING ?? "gzip, deflate, br" } });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  const { bytes, lines } = await drain(response.body as unknown as AsyncIterable<Uint8Array>, true);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { rows: lines - 1, bytes, seconds, idleRss, peakRss };
}

async function measureSqlite() {
  const started = performance.now();
  const child = spawn("sqlite3", ["-csv", "-header", "-readonly", file, REFERENCE_SQL], { stdio: ["ignore", "pipe", "inherit"] });
  const { bytes, lines } = await drain(child.stdout!, false);
  await new Promise((resolve) => child.on("close", resolve));
  return { rows: lines - 1, bytes, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  if (!existsSync(path.join(root, "dist/server.js"))) step("Building (npm run build)", () => execFileSync("npm", ["run", "build"], { stdio: "ignore" }));
  execFileSync("sqlite3", ["-version"], { stdio: "ignore" });
  prepareDatabase();
  const published = Number(execFileSync("sqlite3", [file, "SELECT count(*) FROM progress_updates WHERE state = 'PUBLISHED' AND deletedAt IS NULL"]).toString());
  const server = await startServer();
  try {
    console.log(`Streaming /reports/updates-log.csv (${published.toLocaleString("en")} rows)…`);
    const app = await measureExport(server);
    console.log("Dumping the same rows with sqlite3 -csv…");
    const reference = await measureSqlite();
    if (app.rows !== published || reference.rows !== published) {
      throw new Error(`row counts differ: app ${app.rows}, sqlite3 ${reference.rows}, database ${published}`);
    }
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      rows: published,
      app: { seconds: +app.seconds.toFixed(2), rowsPerSecond: Math.round(app.rows / app.seconds), megabytes: mb(app.bytes), idleRssMB: mb(app.idleRss), peakRssMB: mb(app.peakRss) },
      sqlite3: { seconds: +reference.seconds.toFixed(2), rowsPerSecond: Math.round(reference.rows / reference.seconds), megabytes: mb(reference.bytes) },
      ratioToSqlite3: +(reference.seconds / app.seconds).toFixed(3),
      targets: { ratioToSqlite3: 0.5, peakRssMB: 200 },
      pass: reference.seconds / app.seconds >= 0.5 && mb(app.peakRss) < 200,
    };
    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    writeFileSync(path.join(root, "bench/results/export.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.kill("SIGTERM");
    if (!values.db) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
