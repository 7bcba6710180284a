// `scripts/postgres-throwaway.sh npm run reliability:two-instances [-- --duration 30 --connections 40 --ports 3620,3621]`
// Two production servers on one PostgreSQL database: a publish through A shows on B's next page load (B's page
// cache must not serve the page it cached before); concurrent edits of one update through A and B: exactly one wins
// and the other gets the conflict answer; under load on both while editors write: 0 server errors.
import assert from "node:assert/strict";
import autocannon from "autocannon";
import { parseArgs } from "node:util";
import { signIn, updateFormFields, type AppSession } from "../../tests/reliability/support/app-client";
import { ADMIN, createStack, createUsers, ensureBuild, startServer, stopServer, type Server } from "../../tests/reliability/support/stack";
import { runWriters } from "../../tests/reliability/support/writers";
import { publishUpdate, PUBLIC_READS, readTarget, saveUpdate, type Target } from "../../tests/reliability/support/workload";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "40" },
    ports: { type: "string", default: "3620,3621" },
    races: { type: "string", default: "5" },
  },
});

async function main() {
  ensureBuild();
  const stack = await createStack("postgresql", "two");
  const { db } = await import("@/lib/db");
  const [portA, portB] = values.ports!.split(",").map(Number);
  const servers: Server[] = [];
  try {
    servers.push(await startServer(stack, portA, "instance-a"), await startServer(stack, portB, "instance-b"));
    const [a, b] = servers;
    const target = await readTarget(db);
    const users = await createUsers(4, "EDITOR");
    const [editor, ...writers] = await Promise.all(users.map((u) => signIn(a.base, u)));
    const admin = await signIn(a.base, ADMIN);

    await checkPublishIsVisibleOnB({ a, b, editor, admin, target });
    for (let i = 0; i < Number(values.races); i++) await checkConcurrentEdit({ a, b, editor, target, i });
    console.log(`✔ ${values.races} concurrent edits through A and B: exactly one won each time, the other got the conflict answer`);
    await checkLoadOnBoth({ a, b, writers, admin, target });
  } finally {
    for (const server of servers) await stopServer(server);
    await db.$disconnect();
    await stack.dispose();
  }
}

type Pair = { a: Server; b: Server; target: Target };

async function readPage(server: Server, path: string): Promise<{ html: string; cache: string | null }> {
  const response = await fetch(`${server.base}${path}`, { headers: { accept: "text/html" } });
  assert.equal(response.status, 200, `${server.base}${path} answered ${response.status}`);
  return { html: await response.text(), cache: response.headers.get("x-page-cache") };
}

async function checkPublishIsVisibleOnB({ a, b, editor, admin, target }: Pair & { editor: AppSession; admin: AppSession }) {
  const saved = await saveUpdate(editor, a.base, target, { tag: "two-instances visible", n: 1, submit: true });
  assert.ok(saved.id, `save through A failed: ${JSON.stringify(saved.result)}`);
  const pages = ["/updates", `/pledges/${target.slug}`];
  for (const page of pages) {
    // B caches the page before the publish. Any commit in the cluster (autovacuum's ANALYZE on a fresh database too)
    // makes the next load a miss, so load until B answers from its cache.
    let cached = await readPage(b, page);
    for (const deadline = Date.now() + 30_000; cached.cache !== "hit" && Date.now() < deadline; ) cached = await readPage(b, page);
    assert.equal(cached.cache, "hit", `B never served ${page} from its page cache, so a stale page would go unnoticed`);
    assert.ok(!cached.html.includes(saved.title), `${page} on B shows an unpublished update`);
  }
  const { published } = await publishUpdate(admin, a.base, saved.id);
  assert.ok(published, "publish through A failed");
  for (const page of pages) assert.ok((await readPage(b, page)).html.includes(saved.title), `B served a stale ${page} after A published`);
  console.log("✔ a publish through A shows on B's next page load");
}

async function checkConcurrentEdit({ a, b, editor, target, i }: Pair & { editor: AppSession; i: number }) {
  const draft = await saveUpdate(editor, a.base, target, { tag: `two-instances race ${i}`, n: 2, submit: false });
  assert.ok(draft.id, "draft through A failed");
  const edit = (server: Server, who: string) =>
    editor.callAction(server.base, `/admin/updates/${draft.id}`, "saveUpdateAction", updateFormFields({
      pledgeId: target.pledgeId, fieldId: target.fieldId, title: `Edited through ${who} ${i}`, quantity: 3, countryIds: [], evidence: ["Edit citation"], intent: "draft", id: draft.id, version: 1,
    }));
  const results = await Promise.all([edit(a, "A"), edit(b, "B")]);
  const winners = results.filter((r) => r.redirect?.includes("saved=draft"));
  const conflicts = results.filter((r) => Array.isArray(r.state?.changes) && typeof r.state?.message === "string");
  assert.equal(winners.length, 1, `expected exactly one winner, got ${JSON.stringify(results)}`);
  assert.equal(conflicts.length, 1, `expected one conflict answer, got ${JSON.stringify(results)}`);
  const row = await (await import("@/lib/db")).db.progressUpdate.findUniqueOrThrow({ where: { id: draft.id } });
  assert.equal(row.version, 2, "the update was written twice");
}

async function checkLoadOnBoth({ a, b, writers, admin, target }: Pair & { writers: AppSession[]; admin: AppSession }) {
  const duration = Number(values.duration);
  const perInstance = Math.max(1, Math.floor((Number(values.connections) - writers.length - 1) / 2));
  const stopAt = Date.now() + duration * 1000;
  let turn = 0;
  const load = (server: Server) =>
    autocannon({ url: server.base, connections: perInstance, duration, timeout: 30, requests: PUBLIC_READS.map((path) => ({ path, headers: { accept: "text/html,application/json" } })) });
  const [readsA, readsB, writes] = await Promise.all([
    load(a),
    load(b),
    runWriters({ base: () => ((turn++ % 2) ? b.base : a.base), editors: writers, admin, target, until: () => Date.now() >= stopAt, tag: "two-instances load" }),
  ]);
  const failures = [readsA, readsB].reduce((n, r) => n + r["5xx"] + r.errors + r.timeouts, 0) + writes.serverErrors;
  const summary = { readsA: { requests: readsA.requests.total, p99Ms: readsA.latency.p99, "5xx": readsA["5xx"] }, readsB: { requests: readsB.requests.total, p99Ms: readsB.latency.p99, "5xx": readsB["5xx"] }, writes };
  console.log(JSON.stringify(summary, null, 2));
  assert.equal(failures, 0, `${failures} server errors under load on two instances`);
  console.log(`✔ ${duration} s of load on both instances while editors wrote: 0 server errors`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
