import { cachePublicRead } from "@/lib/cache";
import { db, Prisma, type EvidenceLevel } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";
import { PUBLIC_UPDATE_SQL } from "@/lib/updates/visibility";
import { EVIDENCE_LEVELS } from "./level";

export type LevelShare = { level: EvidenceLevel; value: number };

const RANK = Prisma.sql`CASE u."evidenceLevel" WHEN 'DOCUMENTED' THEN 3 WHEN 'CORROBORATED' THEN 2 ELSE 1 END`;

/**
 * A pledge's value split by evidence level, in SQL. Summed pledges: the published quantities per level. Pledges that
 * count countries: each country once, at the strongest level among the published updates naming it. Milestone pledges
 * have no split. The parts add up to the value getPledgeSummaries computes from the same published rows.
 */
export const getEvidenceBreakdown = cachePublicRead("evidence-breakdown", async (pledgeId: number, measure: string): Promise<LevelShare[]> => {
  let rows: { level: unknown; value: unknown }[];
  if (measure === "SUM") {
    rows = await db.$queryRaw(Prisma.sql`
      SELECT u."evidenceLevel" AS "level", COALESCE(SUM(u.quantity), 0) AS "value"
      FROM progress_updates u WHERE u."pledgeId" = ${pledgeId} AND ${PUBLIC_UPDATE_SQL} GROUP BY u."evidenceLevel"`);
  } else if (measure === "DISTINCT_COUNTRIES") {
    const best = await db.$queryRaw<{ rank: unknown; value: unknown }[]>(Prisma.sql`
      SELECT best."rank" AS "rank", COUNT(*) AS "value" FROM (
        SELECT uc."countryId", MAX(${RANK}) AS "rank"
        FROM update_countries uc JOIN progress_updates u ON u.id = uc."updateId"
        WHERE u."pledgeId" = ${pledgeId} AND ${PUBLIC_UPDATE_SQL} GROUP BY uc."countryId"
      ) best GROUP BY best."rank"`);
    const byRank: Record<number, EvidenceLevel> = { 3: "DOCUMENTED", 2: "CORROBORATED", 1: "SELF_REPORTED" };
    rows = best.map((r) => ({ level: byRank[toNumber(r.rank)], value: r.value }));
  } else return [];
  const values = new Map(rows.map((r) => [String(r.level), toNumber(r.value)]));
  return EVIDENCE_LEVELS.map((level) => ({ level, value: values.get(level) ?? 0 })).filter((s) => s.value > 0);
});
