import { getAssessmentsInForce } from "@/lib/assessments/queries";
import { cachePublicRead } from "@/lib/cache";
import { asOfFromDay, type AsOf } from "@/lib/as-of/day";
import { db, Prisma, provider, type ChangeKind } from "@/lib/db";
import { sqlDate, toNumber } from "@/lib/db/sql";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { toIsoString } from "@/lib/pledges/series";
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

/**
 * Each pledge's last update and last check, by the end of `day` (the as-of view, lib/as-of) or today (null): only the
 * change-log entries, checks, publications and assessments that existed then. The rhythm is today's, like the rest of a
 * pledge's definition (its changes are in the change log, not replayed).
 */
const readFreshnessFacts = cachePublicRead("pledge-freshness", async (day: string | null) => {
  const end = day === null ? undefined : asOfFromDay(day).end;
  // Last updated: the latest change-log entry of an update kind, or the latest publication in force (sample data
  // bulk-loaded before sample publications were logged has no entries).
  const [pledges, latest, published, assessments] = await Promise.all([
    db.pledge.findMany({
      orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, title: true, reportingRhythmMonths: true, createdAt: true, periodStart: true },
    }),
    readLatestActivity(end),
    readLastPublications(day),
    getAssessmentsInForce({ before: end }),
  ]);
  const lastUpdated = new Map(latest.map((r) => [toNumber(r.id), toDate(r.updated)]));
  for (const [pledgeId, last] of published) {
    const seen = lastUpdated.get(pledgeId);
    if (!seen || last > seen) lastUpdated.set(pledgeId, last);
  }
  const lastChecked = new Map(latest.map((r) => [toNumber(r.id), toDate(r.checked)]));
  return pledges.map((p) => ({
    ...p,
    lastUpdatedAt: lastUpdated.get(p.id) ?? null,
    lastCheckedAt: lastChecked.get(p.id) ?? null,
    // A final verdict settles the pledge: no more reports are expected.
    settled: assessments.has(p.id),
  }));
});

const toDate = (value: unknown) => {
  const iso = toIsoString(value);
  return iso === null ? null : new Date(iso);
};

/**
 * Per pledge, its latest change-log entry of an update kind and its latest check, before `end` if given. Each is the
 * first row of a backward walk of the (pledgeId, createdAt) index, so it stays instant with a million logged sample
 * publications; SQLite's `+` keeps the kind off the kind index, which would sort every entry of those kinds instead.
 */
function readLatestActivity(end: Date | undefined) {
  const before = (alias: string) => (end ? Prisma.sql` AND ${Prisma.raw(alias)}."createdAt" < ${sqlDate(end)}` : Prisma.empty);
  const kinds = Prisma.join(UPDATE_KINDS.map((k) => Prisma.sql`${k}`));
  const kind = Prisma.raw(provider === "sqlite" ? `+c."kind"` : `c."kind"`);
  return db.$queryRaw<{ id: unknown; updated: unknown; checked: unknown }[]>(Prisma.sql`
    SELECT p."id" AS "id",
      (SELECT c."createdAt" FROM public_changes c WHERE c."pledgeId" = p."id" AND ${kind} IN (${kinds})${before("c")}
        ORDER BY c."createdAt" DESC LIMIT 1) AS "updated",
      (SELECT k."createdAt" FROM pledge_checks k WHERE k."pledgeId" = p."id"${before("k")} ORDER BY k."createdAt" DESC LIMIT 1) AS "checked"
    FROM pledges p`);
}

/** The latest publication per pledge among the updates public today (rollups) or as of the day (its summaries). */
async function readLastPublications(day: string | null): Promise<Map<number, Date>> {
  const rows = day === null
    ? (await db.rollupPledgeTotal.findMany({ select: { pledgeId: true, lastPublishedAt: true } })).map((t) => ({ id: t.pledgeId, last: t.lastPublishedAt }))
    : (await getPledgeSummaries({ asOf: asOfFromDay(day) })).map((s) => ({ id: s.id, last: s.lastPublishedAt === null ? null : new Date(s.lastPublishedAt) }));
  return new Map(rows.flatMap((r) => (r.last ? [[r.id, r.last] as const] : [])));
}

/**
 * Every pledge's reporting rhythm, last update, last check and "overdue since", in display order: today, at `now`, or
 * as of a day, measured at its end (as pace is).
 */
export async function listPledgeFreshness(options: { now?: Date; asOf?: AsOf | null } = {}): Promise<PledgeFreshness[]> {
  const facts = await readFreshnessFacts(options.asOf?.day ?? null);
  const now = options.asOf?.end ?? options.now ?? new Date();
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
export async function getPledgeFreshness(slug: string, options: { now?: Date; asOf?: AsOf | null } = {}): Promise<PledgeFreshness | null> {
  return (await listPledgeFreshness(options)).find((p) => p.slug === slug) ?? null;
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
