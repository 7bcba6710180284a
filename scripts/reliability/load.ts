// `npm run reliability:load [-- --duration 60 --connections 50 --writers 5 --port 3630 --out bench/results/reliability-load.json]`
// The production server on a SQLite file under mixed load: autocannon reads the public pages and the JSON API while
// editors save and submit updates and an admin publishes them (each publish invalidates the cached pages), all over
// HTTP. Passes with 0 server errors; writes p99 and counts to a JSON file.
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { signIn } from "../../tests/reliability/support/app-client";
import { ADMIN, createStack, createUsers, ensureBuild, startServer, stopServer } from "../../tests/reliability/support/stack";
import { runWriters } from "../../tests/reliability/support/writers";
import { PUBLIC_READS, readTarget } from "../../tests/reliability/support/workload";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    writers: { type: "string", default: "5" },
    port: { type: "string", default: "3630" },
    out: { type: "string", default: "bench/results/reliability-load.json" },
  },
});
const duration = Number(values.duration);
const writers = Number(values.writers);
const readers = Number(values.connections) - writers;


async function main() {
  ensureBuild();
  const stack = await createStack("sqlite", "load");
  const { db } = await import("@/lib/db");
  const server = await startServer(stack, Number(values.port));
  try {
    const target = await readTarget(db);
    const editors = await Promise.all((await createUsers(writers - 1, "EDITOR")).map((u) => signIn(server.base, u)));
    const admin = await signIn(server.base, ADMIN);
    await warmUp(server.base);
    console.log(`${duration} s: ${readers} connections reading ${PUBLIC_READS.length} public routes, ${writers} writing (${writers - 1} editors, 1 admin)`);
    const loadBefore = os.loadavg().map((n) => Math.round(n * 10) / 10); // the machine may be shared: context for the numbers
    const stopAt = Date.now() + duration * 1000;
    const [reads, writes] = await Promise.all([
      autocannon({
        url: server.base,
        connections: readers,
        duration,
        timeout: 30,
        requests: PUBLIC_READS.map((p) => ({ path: p, headers: { accept: "text/html,application/json", "accept-encoding": "gzip" } })),
      }),
      runWriters({ base: server.base, editors, admin, target, until: () => Date.now() >= stopAt, tag: "load" }),
    ]);
    const results = {
      ranAt: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", loadAverageBefore: loadBefore },
      database: "SQLite (temporary file), seeded reference data",
      durationSeconds: duration,
      connections: { readers, writers },
      reads: {
        routes: PUBLIC_READS,
        requests: reads.requests.total,
        perSecond: Math.round(reads.requests.average),
        p50Ms: reads.latency.p50,
        p99Ms: reads.latency.p99,
        maxMs: reads.latency.max,
        status: { "2xx": reads["2xx"], "3xx": reads["3xx"], "4xx": reads["4xx"], "5xx": reads["5xx"] },
        errors: reads.errors,
        timeouts: reads.timeouts,
      },
      writes,
    };
    const serverErrors = reads["5xx"] + reads.errors + reads.timeouts + writes.serverErrors;
    mkdirSync(path.dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, `${JSON.stringify({ ...results, serverErrors, passed: serverErrors === 0 }, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    console.log(`Wrote ${values.out}`);
    if (serverErrors) throw new Error(`${serverErrors} server errors under load (reads 5xx ${reads["5xx"]}, errors ${reads.errors}, timeouts ${reads.timeouts}; writes ${writes.serverErrors})`);
    console.log(`✔ load on SQLite: ${reads.requests.total} reads (p99 ${reads.latency.p99} ms) and ${writes.requests} writes (p99 ${writes.p99Ms} ms), 0 server errors`);
  } finally {
    await stopServer(server);
    await db.$disconnect();
    await stack.dispose();
  }
}

/** One request per route first: the timed run measures a running server, not its first renders. */
async function warmUp(base: string) {
  for (const route of PUBLIC_READS) await (await fetch(`${base}${route}`)).text();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
