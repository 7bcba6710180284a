import { getAssessmentsInForce } from "@/lib/assessments/queries";
import { cachePublicRead } from "@/lib/cache";
import { db, type ChangeKind } from "@/lib/db";
import { findOverdueSince } from "./overdue";

/** The change-log kinds that count as the pledge's data being updated (a check is "checked", a definition edit neither). */
export const UPDATE_KINDS = ["PUBLICATION", "CORRECTION", "DELETION", "EVIDENCE", "STATUS", "ASSESSMENT"] as const satisfies readonly ChangeKind[];

export type PledgeFreshness = {
  pledgeId: number;
  slug: string;
  title: string;
  rhythmMonths: number;
  /** ISO 8601 UTC, or null when it never happened. */
  lastUpdatedAt: string | null;
  lastCheckedAt: string | null;
  overdueSince: string | null;
};

const readFreshnessFacts = cachePublicRead("pledge-freshness", async () => {
  // Last updated: the latest change-log entry of an update kind, or the latest publication the rollups know of (sample
  // data is bulk-loaded without log entries).
  const [pledges, updated, checked, totals, assessments] = await Promise.all([
    db.pledge.findMany({
      orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, reportingRhythmMonths: true, createdAt: true, periodStart: true },
    }),
    db.publicChange.groupBy({ by: ["pledgeId"], where: { pledgeId: { not: null }, kind: { in: [...UPDATE_KINDS] } }, _max: { createdAt: true } }),
    db.pledgeCheck.groupBy({ by: ["pledgeId"], _max: { createdAt: true } }),
    db.rollupPledgeTotal.findMany({ select: { pledgeId: true, lastPublishedAt: true } }),
    getAssessmentsInForce(),
  ]);
  const lastUpdated = new Map(updated.map((r) => [r.pledgeId, r._max.createdAt]));
  for (const t of totals) {
    const seen = lastUpdated.get(t.pledgeId);
    if (t.lastPublishedAt && (!seen || t.lastPublishedAt > seen)) lastUpdated.set(t.pledgeId, t.lastPublishedAt);
  }
  const lastChecked = new Map(checked.map((r) => [r.pledgeId, r._max.createdAt]));
  return pledges.map((p) => ({
    ...p,
    lastUpdatedAt: lastUpdated.get(p.id) ?? null,
    lastCheckedAt: lastChecked.get(p.id) ?? null,
    // A final verdict settles the pledge: no more reports are expected.
    settled: assessments.has(p.id),
  }));
});

/** Every pledge's reporting rhythm, last update, last check and "overdue since", in display order. */
export async function listPledgeFreshness(now = new Date()): Promise<PledgeFreshness[]> {
  const facts = await readFreshnessFacts();
  return facts.map((p) => ({
    pledgeId: p.id,
    slug: p.slug,
    title: p.title,
    rhythmMonths: p.reportingRhythmMonths,
    lastUpdatedAt: p.lastUpdatedAt?.toISOString() ?? null,
    lastCheckedAt: p.lastCheckedAt?.toISOString() ?? null,
    overdueSince:
      findOverdueSince({
        rhythmMonths: p.reportingRhythmMonths,
        lastUpdatedAt: p.lastUpdatedAt,
        lastCheckedAt: p.lastCheckedAt,
        trackedSince: p.createdAt,
        periodStart: p.periodStart,
        settled: p.settled,
        now,
      })?.toISOString() ?? null,
  }));
}

/** One pledge's freshness, by slug; null for an unknown slug. */
export async function getPledgeFreshness(slug: string, now = new Date()): Promise<PledgeFreshness | null> {
  return (await listPledgeFreshness(now)).find((p) => p.slug === slug) ?? null;
}

/** Overdue pledges first (longest overdue first), then the rest in display order: the editors' to-do order. */
export function sortOverdueFirst(rows: readonly PledgeFreshness[]): PledgeFreshness[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (a.row.overdueSince && b.row.overdueSince) return a.row.overdueSince.localeCompare(b.row.overdueSince) || a.index - b.index;
      if (a.row.overdueSince || b.row.overdueSince) return a.row.overdueSince ? -1 : 1;
      return a.index - b.index;
    })
    .map((x) => x.row);
}
