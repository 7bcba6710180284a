import { getAssessmentsInForce, type PublicAssessment } from "@/lib/assessments/queries";
import { db } from "@/lib/db";
import type { YearCheck } from "@/lib/pace/record";

export type RecordInputs = { checks: Map<number, YearCheck[]>; assessments: Map<number, PublicAssessment> };

/**
 * What confirms a result, per pledge: editors' year-scoped "checked, nothing new" (table pledge_checks; pledge-wide
 * checks are about freshness and confirm no year) and the final assessment in force.
 */
export async function readRecordInputs(options: { before?: Date } = {}): Promise<RecordInputs> {
  // `before`: as of a day (lib/as-of), only what had been recorded by then.
  const recorded = options.before ? { createdAt: { lt: options.before } } : {};
  const [rows, assessments] = await Promise.all([
    db.pledgeCheck.findMany({ where: { year: { not: null }, ...recorded }, select: { pledgeId: true, year: true, fieldId: true, createdAt: true } }),
    getAssessmentsInForce(options),
  ]);
  const checks = new Map<number, YearCheck[]>();
  for (const r of rows) {
    const list = checks.get(r.pledgeId) ?? checks.set(r.pledgeId, []).get(r.pledgeId)!;
    list.push({ year: r.year as number, fieldId: r.fieldId, checkedAt: r.createdAt });
  }
  return { checks, assessments };
}
