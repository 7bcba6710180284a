import { db } from "@/lib/db";
import type { Measure } from "@/lib/db";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

/**
 * The current value of a pledge from published, non-deleted updates, aggregated in SQL:
 * SUM adds quantities, DISTINCT_COUNTRIES counts each country once whichever workstream reached it,
 * MILESTONES counts completed milestones.
 */
export async function getPledgeValue(pledge: { id: number; measure: Measure; baseline?: number }): Promise<number> {
  const baseline = pledge.baseline ?? 0;
  switch (pledge.measure) {
    case "SUM": {
      const { _sum } = await db.progressUpdate.aggregate({
        where: { pledgeId: pledge.id, ...PUBLIC_UPDATE_WHERE },
        _sum: { quantity: true },
      });
      return baseline + (_sum.quantity ?? 0);
    }
    case "DISTINCT_COUNTRIES": {
      const countries = await db.updateCountry.groupBy({
        by: ["countryId"],
        where: { update: { pledgeId: pledge.id, ...PUBLIC_UPDATE_WHERE } },
      });
      return baseline + countries.length;
    }
    case "MILESTONES":
      return baseline + (await db.milestone.count({ where: { pledgeId: pledge.id, completedAt: { not: null } } }));
  }
}
