import type { AppSession } from "./app-client";
import { percentile } from "./stack";
import { publishUpdate, saveUpdate, type Target } from "./workload";

export type WriteStats = {
  requests: number;
  saves: number;
  publishes: number;
  /** Answers that were neither a success nor a server error (validation, conflict): expected to be 0 here. */
  refusals: number;
  serverErrors: number;
  errors: string[];
  p50Ms: number;
  p99Ms: number;
};

/**
 * Editors save and submit updates, one admin publishes them, each over its own connection until `until()` says
 * stop. Used by the load tests; the crash test has its own loops because it tracks acknowledgements.
 */
export async function runWriters(options: { base: string | (() => string); editors: AppSession[]; admin: AppSession; target: Target; until: () => boolean; tag: string }): Promise<WriteStats> {
  const base = typeof options.base === "string" ? () => options.base as string : options.base;
  const stats: WriteStats = { requests: 0, saves: 0, publishes: 0, refusals: 0, serverErrors: 0, errors: [], p50Ms: 0, p99Ms: 0 };
  const durations: number[] = [];
  const queue: number[] = [];
  const count = (status: number, ms: number, ok: boolean, what: string) => {
    stats.requests++;
    durations.push(ms);
    if (status >= 500) {
      stats.serverErrors++;
      if (stats.errors.length < 10) stats.errors.push(`${what}: ${status}`);
    } else if (!ok) stats.refusals++;
  };
  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      stats.serverErrors++;
      if (stats.errors.length < 10) stats.errors.push(error instanceof Error ? error.message : String(error));
    }
  };
  const editor = (session: AppSession, w: number) => guard(async () => {
    for (let n = 0; !options.until(); n++) {
      const saved = await saveUpdate(session, base(), options.target, { tag: `${options.tag} w${w} n${n}`, n, submit: true });
      count(saved.result.status, saved.result.ms, !!saved.id, "save");
      if (saved.id) {
        stats.saves++;
        queue.push(saved.id);
      }
    }
  });
  const publisher = () => guard(async () => {
    while (!options.until()) {
      const id = queue.shift();
      if (!id) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      const { published, result } = await publishUpdate(options.admin, base(), id);
      count(result.status, result.ms, published, "publish");
      if (published) stats.publishes++;
    }
  });
  await Promise.all([...options.editors.map(editor), publisher()]);
  stats.p50Ms = percentile(durations, 50);
  stats.p99Ms = percentile(durations, 99);
  return stats;
}
