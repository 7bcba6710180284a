import { db } from "@/lib/db";
import { countPeriodYears } from "@/lib/pace/period";

/** What the check forms offer: each pledge's period years and fields. */
export async function listCheckablePledges() {
  const pledges = await db.pledge.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { id: true, title: true, fieldLabel: true, periodStart: true, periodEnd: true, fields: { select: { id: true, name: true }, orderBy: { displayOrder: "asc" } } },
  });
  return pledges.map((p) => ({ id: p.id, title: p.title, fieldLabel: p.fieldLabel, years: countPeriodYears(p), fields: p.fields }));
}
