import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { listAuditEntries, auditFilterSchema } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { changePledgeStatus, planSignature, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";
import { seedReference } from "@/lib/seed/reference";
import { getCountryIds, unique } from "../factories";
import { createActor, createWorkflowPledge } from "./helpers";
import { formatValidationMessage } from "@/lib/i18n/validation";

let admin: SessionUser;
let other: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  other = await createActor("ADMIN");
});

describe("pledge administration", () => {
  it("changes status only with a reason, keeps the history, and refuses a change based on a stale status", async () => {
    const p = await createWorkflowPledge();
    await expect(changePledgeStatus(admin, { pledgeId: p.id, fromStatus: "NOT_STARTED", toStatus: "ON_TRACK", reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await changePledgeStatus(admin, { pledgeId: p.id, fromStatus: "NOT_STARTED", toStatus: "ON_TRACK", reason: "First courses delivered." });
    const stale = await changePledgeStatus(other, { pledgeId: p.id, fromStatus: "NOT_STARTED", toStatus: "AT_RISK", reason: "Budget cut announced." }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.changes).toEqual([{ field: "Status", from: "NOT_STARTED", to: "ON_TRACK" }]);
    const history = await db.statusChange.findMany({ where: { pledgeId: p.id } });
    expect(history).toMatchObject([{ fromStatus: "NOT_STARTED", toStatus: "ON_TRACK", reason: "First courses delivered.", changedById: admin.id }]);
  });

  it("refuses a pledge edit based on an old version and names who changed what", async () => {
    // The form was opened on a version stamped in the past, so the first save's stamp (now) always differs from it.
    const opened = new Date("2020-01-01T00:00:00.000Z");
    const p = await db.pledge.update({ where: { id: (await createWorkflowPledge()).id }, data: { updatedAt: opened } });
    expect(p.updatedAt.toISOString()).toBe(opened.toISOString());
    const base = { id: p.id, updatedAt: p.updatedAt.toISOString(), summary: p.summary, unit: p.unit, targetNote: "", periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: "field" };
    await updatePledge(admin, { ...base, title: "Title by the first admin", target: 12 });
    const error = await updatePledge(other, { ...base, title: "Title by the second admin", target: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(formatValidationMessage(error.message)).toContain(admin.name);
    expect(error.changes).toEqual(expect.arrayContaining([{ field: "target", from: "10", to: "12" }]));
    expect((await db.pledge.findUniqueOrThrow({ where: { id: p.id } })).title).toBe("Title by the first admin");
  });

  it("saves an annual plan and refuses a save based on a plan someone changed", async () => {
    const p = await createWorkflowPledge();
    await saveAnnualPlan(admin, { pledgeId: p.id, basePlan: "", targets: [{ year: 1, target: 3 }] });
    await expect(saveAnnualPlan(other, { pledgeId: p.id, basePlan: "", targets: [{ year: 1, target: 5 }] })).rejects.toBeInstanceOf(ConflictError);
    await saveAnnualPlan(other, { pledgeId: p.id, basePlan: planSignature([{ year: 1, target: 3 }]), targets: [{ year: 1, target: 5 }, { year: 2, target: 5 }] });
    expect(await db.annualTarget.count({ where: { pledgeId: p.id } })).toBe(2);
  });

  it("completes a milestone only with a date and evidence", async () => {
    const p = await createWorkflowPledge();
    const m = await db.milestone.create({ data: { pledgeId: p.id, slug: unique("m"), title: "College opens" } });
    const noEvidence = await completeMilestone(admin, { milestoneId: m.id, updatedAt: m.updatedAt.toISOString(), completedAt: "2019-09-01" }).catch((e) => e);
    expect(noEvidence.fields).toHaveProperty("evidenceNote");
    await completeMilestone(admin, { milestoneId: m.id, updatedAt: m.updatedAt.toISOString(), completedAt: "2019-09-01", evidenceUrl: "https://example.org/opening" });
    expect(await db.milestone.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ evidenceUrl: "https://example.org/opening" });
  });

  it("sets a country's delivery status per workstream, refusing a stale one", async () => {
    const p = await createWorkflowPledge();
    const [mwi] = await getCountryIds(db, ["MWI"]);
    const input = { pledgeId: p.id, fieldId: p.fields[1].id, countryId: mwi, status: "PLANNED", expectedStatus: "" };
    await setCountryDelivery(admin, input);
    await expect(setCountryDelivery(other, { ...input, status: "COMPLETED" })).rejects.toBeInstanceOf(ConflictError);
    await setCountryDelivery(other, { ...input, status: "COMPLETED", expectedStatus: "PLANNED" });
    expect(await db.countryDelivery.findMany({ where: { pledgeId: p.id } })).toMatchObject([{ status: "COMPLETED", updatedById: other.id }]);
    await db.countryDelivery.deleteMany({ where: { pledgeId: p.id } }); // sample.test.ts expects no real deliveries
  });

  it("filters and pages the audit log", async () => {
    const actor = await createActor("ADMIN");
    for (let i = 0; i < 3; i++) {
      const p = await createWorkflowPledge();
      await changePledgeStatus(actor, { pledgeId: p.id, fromStatus: "NOT_STARTED", toStatus: "AT_RISK", reason: `Reason number ${i}` });
    }
    const today = new Date().toISOString().slice(0, 10);
    const all = await listAuditEntries(auditFilterSchema.parse({ actor: String(actor.id), action: "pledge.status", from: today, to: today }));
    expect(all.total).toBe(3);
    expect(all.rows[0].changes).toEqual(expect.arrayContaining([{ field: "status", from: "NOT_STARTED", to: "AT_RISK" }]));
    const none = await listAuditEntries(auditFilterSchema.parse({ actor: String(actor.id), to: "2000-01-01" }));
    expect(none.total).toBe(0);
    const beyond = await listAuditEntries(auditFilterSchema.parse({ actor: String(actor.id), page: "2" }));
    expect(beyond).toMatchObject({ total: 3, pages: 1, rows: [] });
  });
});
