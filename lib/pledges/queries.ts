import { db } from "@/lib/db";

export type PledgeListItem = {
  slug: string;
  title: string;
  summary: string;
  unit: string;
  target: number;
  periodStart: string;
  periodEnd: string;
  status: string;
};

export async function listPledges(): Promise<PledgeListItem[]> {
  const pledges = await db.pledge.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { slug: true, title: true, summary: true, unit: true, target: true, periodStart: true, periodEnd: true, status: true },
  });
  return pledges.map((p) => ({ ...p, periodStart: p.periodStart.toISOString(), periodEnd: p.periodEnd.toISOString() }));
}
