import { db } from "@/lib/db";
import { planSignature } from "./actions";

/** Pledges for the admin list, with their status and how much waits for review. */
export async function listPledgesForAdmin() {
  const pledges = await db.pledge.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, status: true, target: true, unit: true, measure: true, _count: { select: { updates: { where: { state: "SUBMITTED", deletedAt: null } } } } },
  });
  return pledges.map(({ _count, ...p }) => ({ ...p, waiting: _count.updates }));
}

/** Everything the pledge admin page edits, as plain data. */
export async function getPledgeAdmin(id: number) {
  const p = await db.pledge.findUnique({
    where: { id },
    include: {
      fields: { orderBy: { displayOrder: "asc" } },
      annualTargets: { where: { fieldId: null }, orderBy: { year: "asc" } },
      milestones: { orderBy: { displayOrder: "asc" } },
      statusChanges: { orderBy: { createdAt: "desc" }, take: 50, include: { changedBy: { select: { name: true } } } },
    },
  });
  if (!p) return null;
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  const periodYears = Math.max(1, Math.round((p.periodEnd.getTime() - p.periodStart.getTime()) / (365.25 * 24 * 3600 * 1000)));
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    unit: p.unit,
    target: p.target,
    targetNote: p.targetNote ?? "",
    periodNote: p.periodNote ?? "",
    periodStart: day(p.periodStart)!,
    periodEnd: day(p.periodEnd)!,
    fieldLabel: p.fieldLabel,
    measure: p.measure,
    cadence: p.cadence,
    status: p.status,
    updatedAt: p.updatedAt.toISOString(),
    periodYears,
    fields: p.fields.map((f) => ({ id: f.id, name: f.name })),
    plan: p.annualTargets.map((t) => ({ year: t.year, target: t.target })),
    basePlan: planSignature(p.annualTargets),
    milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, dueDate: day(m.dueDate), completedAt: day(m.completedAt), evidenceUrl: m.evidenceUrl, evidenceNote: m.evidenceNote, updatedAt: m.updatedAt.toISOString() })),
    history: p.statusChanges.map((s) => ({ id: s.id, from: s.fromStatus, to: s.toStatus, reason: s.reason, by: s.changedBy?.name ?? null, at: s.createdAt.toISOString() })),
  };
}

export type PledgeAdmin = NonNullable<Awaited<ReturnType<typeof getPledgeAdmin>>>;

/** Per-country, per-workstream delivery rows of one pledge, and the countries to choose from. */
export async function getDeliveries(pledgeId: number) {
  const [rows, countries] = await Promise.all([
    db.countryDelivery.findMany({
      where: { pledgeId },
      orderBy: [{ country: { name: "asc" } }, { fieldId: "asc" }],
      include: { country: { select: { name: true } }, field: { select: { name: true } }, updatedBy: { select: { name: true } } },
    }),
    db.country.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, developing: true } }),
  ]);
  return {
    rows: rows.map((r) => ({ id: r.id, countryId: r.countryId, country: r.country.name, fieldId: r.fieldId, field: r.field.name, status: r.status, note: r.note, by: r.updatedBy?.name ?? null, at: r.updatedAt.toISOString() })),
    countries,
  };
}
