// `npm run reliability:crash [-- --engine postgresql --rounds 3 --port 3610]`
// Starts the production server, lets concurrent editors save and submit, an admin publish and an editor import
// over HTTP, then kill -9s the server mid-stream. After each restart: every acknowledged write is present and whole
// (its countries, evidence and audit row), and no write, acknowledged or not, is half there. PostgreSQL needs
// TEST_DATABASE_URL (scripts/postgres-throwaway.sh).
import { parseArgs } from "node:util";
import { AppSession, signIn } from "../../tests/reliability/support/app-client";
import { ADMIN, createStack, createUsers, ensureBuild, killHard, startServer, stopServer, type Engine, type Server } from "../../tests/reliability/support/stack";
import { importBatch, publishUpdate, readTarget, saveUpdate } from "../../tests/reliability/support/workload";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    rounds: { type: "string", default: "3" },
    port: { type: "string", default: "3610" },
    editors: { type: "string", default: "3" },
  },
});
const engine = values.engine as Engine;
const port = Number(values.port);
const IMPORT_ROWS = 5;

type Ack = { creates: Map<number, string>; publishes: Set<number>; imports: Set<string>; serverErrors: string[] };

async function main() {
  ensureBuild();
  const stack = await createStack(engine, "crash");
  const { db } = await import("@/lib/db");
  let server: Server | undefined;
  try {
    const target = await readTarget(db);
    const editors = await createUsers(Number(values.editors) + 1, "EDITOR");
    server = await startServer(stack, port);
    const sessions = await Promise.all(editors.map((u) => signIn(server!.base, u)));
    const admin = await signIn(server.base, ADMIN);
    const ack: Ack = { creates: new Map(), publishes: new Set(), imports: new Set(), serverErrors: [] };

    for (let round = 1; round <= Number(values.rounds); round++) {
      const stop = { killed: false };
      const queue: number[] = [];
      const base = server.base;
      const record = (what: string, status: number) => {
        if (status >= 500 && !stop.killed) ack.serverErrors.push(`${what}: ${status}`);
      };

      const editorLoop = async (session: AppSession, w: number) => {
        for (let n = 0; !stop.killed; n++) {
          const saved = await saveUpdate(session, base, target, { tag: `r${round} w${w} n${n}`, n, submit: true });
          record("save", saved.result.status);
          if (saved.id) {
            ack.creates.set(saved.id, saved.title);
            queue.push(saved.id);
          }
        }
      };
      const publishLoop = async () => {
        while (!stop.killed) {
          const id = queue.shift();
          if (!id) {
            await new Promise((r) => setTimeout(r, 20));
            continue;
          }
          const { published, result } = await publishUpdate(admin, base, id);
          record("publish", result.status);
          if (published) ack.publishes.add(id);
        }
      };
      const importLoop = async (session: AppSession) => {
        for (let b = 0; !stop.killed; b++) {
          const batch = `r${round}-b${b}`;
          const { imported, result } = await importBatch(session, base, target, { batch, rows: IMPORT_ROWS });
          record("import", result.status);
          if (imported) ack.imports.add(batch);
        }
      };
      const guard = (work: Promise<void>) => work.catch((error) => {
        if (stop.killed) cut++;
        if (!stop.killed) ack.serverErrors.push(`driver: ${error instanceof Error ? error.message : error}`);
      });
      let cut = 0;
      const workers = [
        ...sessions.slice(1).map((s, w) => guard(editorLoop(s, w))),
        guard(publishLoop()),
        guard(importLoop(sessions[0])),
      ];
      // Kill once writes of every kind are flowing, at a moment that varies from round to round.
      const before = { creates: ack.creates.size, publishes: ack.publishes.size, imports: ack.imports.size };
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && (ack.creates.size - before.creates < 8 || ack.publishes.size - before.publishes < 3 || ack.imports.size - before.imports < 1)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 900));
      stop.killed = true; // in-flight requests stay in flight; the kill cuts them off
      await killHard(server);
      await Promise.all(workers);
      console.log(`round ${round}: kill -9 cut off ${cut} requests in flight; ${ack.creates.size} saves, ${ack.publishes.size} publishes, ${ack.imports.size} imports acknowledged so far`);
      server = await startServer(stack, port);
      const problems = await verify(db, ack);
      if (problems.length || ack.serverErrors.length) {
        console.error([...ack.serverErrors, ...problems].slice(0, 40).join("\n"));
        throw new Error(`round ${round}: ${problems.length} integrity problems, ${ack.serverErrors.length} server errors`);
      }
      console.log(`round ${round}: after restart every acknowledged write is whole; nothing is half-written`);
    }
    await proveTheCheckCanFail(db, ack);
    console.log(`✔ crash test on ${engine}: ${values.rounds} kill -9 rounds, ${ack.creates.size} saves, ${ack.publishes.size} publishes, ${ack.imports.size} imports acknowledged and intact`);
  } finally {
    if (server) await stopServer(server);
    await db.$disconnect();
    await stack.dispose();
  }
}

type Db = (typeof import("@/lib/db"))["db"];

async function verify(db: Db, ack: Ack): Promise<string[]> {
  const problems: string[] = [];
  const rows = await db.progressUpdate.findMany({
    where: { title: { startsWith: "crash " } },
    select: { id: true, title: true, state: true, externalId: true, reviewerId: true, _count: { select: { countries: true, evidence: true } } },
  });
  const audits = await db.auditLog.findMany({ where: { action: { in: ["update.submit", "update.import", "update.publish"] } }, select: { action: true, entityId: true } });
  const audited = new Set(audits.map((a) => `${a.action === "update.publish" ? "publish" : "create"}:${a.entityId}`));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const [, c, e] = /c(\d+) e(\d+)$/.exec(row.title) ?? [];
    if (row._count.countries !== Number(c)) problems.push(`update ${row.id} has ${row._count.countries} countries, expected ${c}`);
    if (row._count.evidence !== Number(e)) problems.push(`update ${row.id} has ${row._count.evidence} evidence rows, expected ${e}`);
    if (!audited.has(`create:${row.id}`)) problems.push(`update ${row.id} has no audit row for its creation`);
    if (row.state === "PUBLISHED" && (!audited.has(`publish:${row.id}`) || !row.reviewerId)) problems.push(`update ${row.id} is published without its audit row or reviewer`);
  }
  for (const [id, title] of ack.creates) {
    if (byId.get(id)?.title !== title) problems.push(`acknowledged save ${id} ("${title}") is missing`);
  }
  for (const id of ack.publishes) {
    if (byId.get(id)?.state !== "PUBLISHED") problems.push(`acknowledged publish of ${id} is lost (state ${byId.get(id)?.state})`);
  }
  const batches = new Map<string, number>();
  for (const row of rows) {
    const batch = /^imp-(.+)-\d+$/.exec(row.externalId ?? "")?.[1];
    if (batch) batches.set(batch, (batches.get(batch) ?? 0) + 1);
  }
  for (const [batch, count] of batches) if (count !== IMPORT_ROWS) problems.push(`import ${batch} is half-written: ${count} of ${IMPORT_ROWS} rows`);
  for (const batch of ack.imports) if (batches.get(batch) !== IMPORT_ROWS) problems.push(`acknowledged import ${batch} is missing`);
  return problems;
}

/** The check must be able to fail: strip one acknowledged update of its evidence and expect verify() to say so. */
async function proveTheCheckCanFail(db: Db, ack: Ack) {
  const [id] = ack.creates.keys();
  await db.evidence.deleteMany({ where: { updateId: id } });
  const problems = await verify(db, ack);
  if (!problems.some((p) => p.startsWith(`update ${id} has 0 evidence rows`))) throw new Error("verify() did not notice an update without its evidence");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
