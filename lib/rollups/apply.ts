import { syncPublicVersions } from "@/lib/as-of/versions";
import { Prisma, type Tx } from "@/lib/db";
import { lockRows } from "@/lib/db/locks";
import { PUBLIC_UPDATE_SQL } from "@/lib/updates/visibility";
import { readRollupFacts, type RollupFact } from "./facts";

// The one entry point that keeps the rollups in step with the source rows, inside the writing transaction.
// Counts and sums move by deltas (atomic upserts, safe under concurrent writers); a first or last date that a
// removal may have taken away is recomputed from the source rows of that one key, through the indexes.

/**
 * Reads what `ids` contribute to the public aggregates now; call `apply()` after changing them, in the same
 * transaction. Works for any change: publish, correction, deletion, a new or imported update.
 */
export async function trackRollups(tx: Tx, ids: number[]) {
  const before = await readRollupFacts(tx, ids);
  return {
    apply: async () => {
      await applyRollupChange(tx, { removed: before, added: await readRollupFacts(tx, ids) });
      await syncPublicVersions(tx, ids); // the as-of history moves with the rollups (lib/as-of)
    },
  };
}

/** Adds updates written outside the workflow (imports, tests, e2e seeding) that may already be public. */
export async function addToRollups(tx: Tx, ids: number[]) {
  await applyRollupChange(tx, { removed: [], added: await readRollupFacts(tx, ids) });
  await syncPublicVersions(tx, ids);
}

type Delta = { updates: number; quantity: number };
type DatedDelta = Delta & { added: [Date, Date] | null; removed: [Date, Date] | null; fact: RollupFact };

const widen = (range: [Date, Date] | null, at: Date): [Date, Date] => (range ? [at < range[0] ? at : range[0], at > range[1] ? at : range[1]] : [at, at]);

function bump<T extends Delta>(map: Map<string, T>, key: string, sign: number, quantity: number, init: () => T): T {
  const entry = map.get(key) ?? map.set(key, init()).get(key)!;
  entry.updates += sign;
  entry.quantity += sign * quantity;
  return entry;
}

/**
 * Subtracts what `removed` contributed and adds what `added` contributes. The pledges' rows are locked first
 * (PostgreSQL), so two transactions that touch one pledge apply in turn: a first or last date recomputed here then
 * sees what the other committed, instead of both reading before either writes.
 */
export async function applyRollupChange(tx: Tx, change: { removed: RollupFact[]; added: RollupFact[] }) {
  const pledgeIds = [...new Set([...change.removed, ...change.added].map((f) => f.pledgeId))];
  if (pledgeIds.length) await lockRows(tx, "pledges", Prisma.sql`id IN (${Prisma.join(pledgeIds)})`);
  const totals = new Map<string, Delta & { samples: number; addedLast: Date | null; removedLast: Date | null; pledgeId: number }>();
  const years = new Map<string, Delta & { key: [number, number, number] }>();
  const days = new Map<string, Delta & { key: [number, string] }>();
  const regions = new Map<string, Delta & { key: [number, string] }>();
  const reach = new Map<string, DatedDelta & { countryId: number }>();
  for (const [sign, facts] of [[-1, change.removed], [1, change.added]] as const) {
    for (const f of facts) {
      const t = bump(totals, `${f.pledgeId}`, sign, f.quantity, () => ({ updates: 0, quantity: 0, samples: 0, addedLast: null, removedLast: null, pledgeId: f.pledgeId }));
      if (f.isSample) t.samples += sign;
      if (f.publishedAt) {
        const side = sign > 0 ? "addedLast" : "removedLast";
        if (!t[side] || f.publishedAt > t[side]!) t[side] = f.publishedAt;
      }
      bump(years, `${f.pledgeId}|${f.fieldId}|${f.year}`, sign, f.quantity, () => ({ updates: 0, quantity: 0, key: [f.pledgeId, f.fieldId, f.year] }));
      bump(days, `${f.pledgeId}|${f.day}`, sign, f.quantity, () => ({ updates: 0, quantity: 0, key: [f.pledgeId, f.day] }));
      for (const region of new Set(f.countries.map((c) => c.region))) {
        bump(regions, `${f.pledgeId}|${region}`, sign, f.quantity, () => ({ updates: 0, quantity: 0, key: [f.pledgeId, region] }));
      }
      for (const c of f.countries) {
        const r = bump(reach, `${f.pledgeId}|${f.fieldId}|${c.id}|${f.year}`, sign, f.quantity, () => ({ updates: 0, quantity: 0, added: null, removed: null, fact: f, countryId: c.id }));
        if (sign > 0) r.added = widen(r.added, f.eventDate);
        else r.removed = widen(r.removed, f.eventDate);
      }
    }
  }
  const moved = (d: Delta) => d.updates !== 0 || d.quantity !== 0;

  for (const t of totals.values()) {
    if (moved(t) || t.samples !== 0 || t.addedLast) {
      await tx.$executeRaw`
        INSERT INTO "rollup_pledge_totals" AS r ("pledgeId", "updates", "quantity", "sampleUpdates", "lastPublishedAt")
        VALUES (${t.pledgeId}, ${t.updates}, ${t.quantity}, ${t.samples}, ${t.addedLast})
        ON CONFLICT ("pledgeId") DO UPDATE SET "updates" = r."updates" + excluded."updates", "quantity" = r."quantity" + excluded."quantity",
          "sampleUpdates" = r."sampleUpdates" + excluded."sampleUpdates",
          "lastPublishedAt" = CASE WHEN r."lastPublishedAt" IS NULL OR excluded."lastPublishedAt" > r."lastPublishedAt" THEN excluded."lastPublishedAt" ELSE r."lastPublishedAt" END`;
    }
    if (t.updates < 0) await tx.$executeRaw`DELETE FROM "rollup_pledge_totals" WHERE "pledgeId" = ${t.pledgeId} AND "updates" <= 0`;
    if (t.removedLast && (!t.addedLast || t.addedLast < t.removedLast)) {
      // Only the newest publication can have been the maximum; walk the publication index back to the next one.
      await tx.$executeRaw`
        UPDATE "rollup_pledge_totals" SET "lastPublishedAt" = (
          SELECT u."publishedAt" FROM progress_updates u
          WHERE ${PUBLIC_UPDATE_SQL} AND u."publishedAt" IS NOT NULL AND +u."pledgeId" = ${t.pledgeId}
          ORDER BY u."publishedAt" DESC LIMIT 1)
        WHERE "pledgeId" = ${t.pledgeId} AND "lastPublishedAt" <= ${t.removedLast}`;
    }
  }
  for (const { key: [pledgeId, fieldId, year], ...d } of years.values()) {
    if (!moved(d)) continue;
    await tx.$executeRaw`
      INSERT INTO "rollup_pledge_years" AS r ("pledgeId", "fieldId", "year", "updates", "quantity") VALUES (${pledgeId}, ${fieldId}, ${year}, ${d.updates}, ${d.quantity})
      ON CONFLICT ("pledgeId", "fieldId", "year") DO UPDATE SET "updates" = r."updates" + excluded."updates", "quantity" = r."quantity" + excluded."quantity"`;
    if (d.updates < 0) await tx.$executeRaw`DELETE FROM "rollup_pledge_years" WHERE "pledgeId" = ${pledgeId} AND "fieldId" = ${fieldId} AND "year" = ${year} AND "updates" <= 0`;
  }
  for (const { key: [pledgeId, day], ...d } of days.values()) {
    if (!moved(d)) continue;
    await tx.$executeRaw`
      INSERT INTO "rollup_pledge_days" AS r ("pledgeId", "day", "updates", "quantity") VALUES (${pledgeId}, ${day}, ${d.updates}, ${d.quantity})
      ON CONFLICT ("pledgeId", "day") DO UPDATE SET "updates" = r."updates" + excluded."updates", "quantity" = r."quantity" + excluded."quantity"`;
    if (d.updates < 0) await tx.$executeRaw`DELETE FROM "rollup_pledge_days" WHERE "pledgeId" = ${pledgeId} AND "day" = ${day} AND "updates" <= 0`;
  }
  for (const { key: [pledgeId, region], ...d } of regions.values()) {
    if (!moved(d)) continue;
    await tx.$executeRaw`
      INSERT INTO "rollup_pledge_regions" AS r ("pledgeId", "region", "updates", "quantity") VALUES (${pledgeId}, ${region}, ${d.updates}, ${d.quantity})
      ON CONFLICT ("pledgeId", "region") DO UPDATE SET "updates" = r."updates" + excluded."updates", "quantity" = r."quantity" + excluded."quantity"`;
    if (d.updates < 0) await tx.$executeRaw`DELETE FROM "rollup_pledge_regions" WHERE "pledgeId" = ${pledgeId} AND "region" = ${region} AND "updates" <= 0`;
  }
  for (const r of reach.values()) await applyReachDelta(tx, r);
}

async function applyReachDelta(tx: Tx, r: DatedDelta & { countryId: number }) {
  const { pledgeId, fieldId, year, bounds } = r.fact;
  const key = Prisma.sql`"pledgeId" = ${pledgeId} AND "fieldId" = ${fieldId} AND "countryId" = ${r.countryId} AND "year" = ${year}`;
  if (r.added) {
    await tx.$executeRaw`
      INSERT INTO "rollup_country_reach" AS r ("pledgeId", "fieldId", "countryId", "year", "updates", "quantity", "firstEventDate", "lastEventDate")
      VALUES (${pledgeId}, ${fieldId}, ${r.countryId}, ${year}, ${r.updates}, ${r.quantity}, ${r.added[0]}, ${r.added[1]})
      ON CONFLICT ("pledgeId", "fieldId", "countryId", "year") DO UPDATE SET
        "updates" = r."updates" + excluded."updates", "quantity" = r."quantity" + excluded."quantity",
        "firstEventDate" = CASE WHEN excluded."firstEventDate" < r."firstEventDate" THEN excluded."firstEventDate" ELSE r."firstEventDate" END,
        "lastEventDate" = CASE WHEN excluded."lastEventDate" > r."lastEventDate" THEN excluded."lastEventDate" ELSE r."lastEventDate" END`;
  } else {
    await tx.$executeRaw`UPDATE "rollup_country_reach" SET "updates" = "updates" + ${r.updates}, "quantity" = "quantity" + ${r.quantity} WHERE ${key}`;
  }
  if (!r.removed) return;
  if (r.updates < 0) await tx.$executeRaw`DELETE FROM "rollup_country_reach" WHERE ${key} AND "updates" <= 0`;
  const firstGone = !r.added || r.added[0] > r.removed[0];
  const lastGone = !r.added || r.added[1] < r.removed[1];
  if (!firstGone && !lastGone) return;
  const inYear = year
    ? Prisma.sql`u."eventDate" >= ${bounds.start} AND u."eventDate" < ${bounds.end}`
    : Prisma.sql`(u."eventDate" < ${bounds.start} OR u."eventDate" >= ${bounds.end})`;
  const source = Prisma.sql`FROM update_countries uc JOIN progress_updates u ON u."id" = uc."updateId"
    WHERE uc."countryId" = ${r.countryId} AND u."pledgeId" = ${pledgeId} AND COALESCE(u."fieldId", 0) = ${fieldId} AND ${PUBLIC_UPDATE_SQL} AND ${inYear}`;
  await tx.$executeRaw`
    UPDATE "rollup_country_reach" SET "firstEventDate" = (SELECT MIN(u."eventDate") ${source}), "lastEventDate" = (SELECT MAX(u."eventDate") ${source})
    WHERE ${key}`;
}
