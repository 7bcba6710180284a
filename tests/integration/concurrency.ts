import pg from "pg";
import { db, provider, type Tx } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/url";

/** A promise with its resolve handle, to hold a transaction open until the test lets it go. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Opens an interactive transaction on the app's `db`, runs `work` in it, then holds it open until `finish` is
 * called; it commits, or rolls back when `finish("rollback")`. `opened` resolves once `work` has run.
 */
export function holdTransaction(work: (tx: Tx) => Promise<void>) {
  const opened = deferred();
  const finish = deferred<"commit" | "rollback">();
  const done = db
    .$transaction(
      async (tx) => {
        await work(tx);
        opened.resolve();
        if ((await finish.promise) === "rollback") throw new RolledBack();
      },
      { timeout: 60_000 },
    )
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return { opened: opened.promise, finish: finish.resolve, done };
}

class RolledBack extends Error {}

/** Polls until `check` holds (no fixed sleeps); fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, { timeoutMs = 20_000, what = "a condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A gate for proving check-then-write races on PostgreSQL. The gate holds row locks (FOR UPDATE, from its own
 * connection) on the rows the racing transactions will write or lock. Both racers run their reads and checks,
 * then block on those rows; once both are blocked, the gate opens and they proceed together. So both have passed
 * every check that does not lock before either writes: the interleaving that breaks a plain check-then-write.
 * On SQLite writers are serialized (BEGIN IMMEDIATE), so the gate does nothing and the racers simply run concurrently.
 */
export async function raceThroughGate<A, B>(
  lockRows: string,
  racers: [() => Promise<A>, () => Promise<B>],
): Promise<[PromiseSettledResult<A>, PromiseSettledResult<B>]> {
  if (provider !== "postgresql") return Promise.allSettled([racers[0](), racers[1]()]);
  const gate = new pg.Client({ connectionString: parseDatabaseUrl().url });
  await gate.connect();
  try {
    await gate.query("BEGIN");
    await gate.query(lockRows);
    const { rows } = await gate.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const running = Promise.allSettled([racers[0](), racers[1]()]);
    await waitFor(
      async () => {
        // Statistics views keep one snapshot per transaction: drop it so each poll sees the backends as they are.
        await gate.query("SELECT pg_stat_clear_snapshot()");
        const blocked = await gate.query<{ n: number }>(
          // Directly or behind the other racer: the second in line for a row waits on the first, not on the gate.
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> $1 AND cardinality(pg_blocking_pids(pid)) > 0",
          [rows[0].pid],
        );
        return blocked.rows[0].n >= 2;
      },
      { what: "both racers to reach the gate" },
    );
    await gate.query("COMMIT");
    return await running;
  } finally {
    await gate.query("ROLLBACK").catch(() => undefined);
    await gate.end();
  }
}
