import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import type { AsOf } from "./day";

/**
 * A pledge's page data as of a day: the status it had then (from the as-of summary), the status changes made by
 * then, and milestones completed later shown as not yet done. The definition (target, period, plan) stays today's.
 */
export function viewDetailAsOf(detail: PledgeDetail, summary: PledgeSummary, asOf: AsOf): PledgeDetail {
  const end = asOf.end.toISOString();
  return {
    ...detail,
    status: summary.status,
    statusHistory: detail.statusHistory.filter((s) => s.createdAt < end),
    milestones: detail.milestones.map((m) => (m.completedAt && m.completedAt >= end ? { ...m, completedAt: null } : m)),
  };
}
