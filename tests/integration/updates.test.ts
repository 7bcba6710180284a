import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { getPledgeValue } from "@/lib/pledges/queries";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { createTestUpdate, getCountryIds } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

let editor: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
});

const auditFor = (id: number) => db.auditLog.findMany({ where: { entityType: "update", entityId: String(id) }, orderBy: { id: "asc" } });

describe("progress update workflow", () => {
  it("drafts, submits, publishes: only the published update counts, and every step is audited", async () => {
    const pledge = await createWorkflowPledge();
    const [ken] = await getCountryIds(db, ["KEN"]);
    const draft = await createUpdate(editor, updateInput(pledge, { countryIds: [String(ken)], evidence: [{ source: "GOVERNMENT", publisher: "Ministry of the Interior", date: "2019-03-01", url: "https://example.org/annual-report-2019", reference: "p. 4" }] }));
    expect(await getPledgeValue(pledge)).toBe(0);
    const submitted = await editUpdate(editor, { ...updateInput(pledge, { quantity: "6" }), id: draft.id, version: draft.version }, { submit: true });
    expect(submitted.version).toBe(2);
    await expect(reviewUpdate(editor, { id: draft.id, version: 2, decision: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    await reviewUpdate(admin, { id: draft.id, version: 2, decision: "publish" });
    expect(await getPledgeValue(pledge)).toBe(6);
    const row = await db.progressUpdate.findUniqueOrThrow({ where: { id: draft.id }, include: { evidence: true } });
    expect(row).toMatchObject({ state: "PUBLISHED", reviewerId: admin.id, authorId: editor.id, version: 3 });
    expect(row.evidence).toHaveLength(1);
    const audit = await auditFor(draft.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["update.create", editor.id],
      ["update.submit", editor.id],
      ["update.publish", admin.id],
    ]);
    expect(JSON.parse(audit[1].before!)).toMatchObject({ quantity: 4, state: "DRAFT" });
    expect(JSON.parse(audit[1].after!)).toMatchObject({ quantity: 6, state: "SUBMITTED" });
  });

  it("returns an update with a comment the editor sees; a return needs a comment", async () => {
    const pledge = await createWorkflowPledge();
    const u = await createUpdate(editor, updateInput(pledge), { submit: true });
    await expect(reviewUpdate(admin, { id: u.id, version: 1, decision: "return", comment: "" })).rejects.toBeInstanceOf(ValidationError);
    await reviewUpdate(admin, { id: u.id, version: 1, decision: "return", comment: "Add the press release link." });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ state: "RETURNED", reviewComment: "Add the press release link." });
    // The editor can edit the returned update again and resubmit it.
    await editUpdate(editor, { ...updateInput(pledge), id: u.id, version: 2 }, { submit: true });
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } })).state).toBe("SUBMITTED");
  });

  it("validates on the server, field by field, including the field belonging to the pledge", async () => {
    const pledge = await createWorkflowPledge();
    const other = await createWorkflowPledge();
    const error = await createUpdate(editor, updateInput(pledge, { title: "", evidence: [] })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(["title", "evidence"]));
    const wrongField = await createUpdate(editor, updateInput(pledge, { fieldId: other.fields[0].id })).catch((e) => e);
    expect(wrongField.fields).toHaveProperty("fieldId");
  });

  it("refuses a stale edit and says what changed, losing nothing", async () => {
    const pledge = await createWorkflowPledge();
    const u = await createUpdate(editor, updateInput(pledge, { title: "First title" }));
    await editUpdate(admin, { ...updateInput(pledge, { title: "Admin's title", quantity: "9" }), id: u.id, version: 1 });
    const error = await editUpdate(editor, { ...updateInput(pledge, { title: "Editor's title" }), id: u.id, version: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain(admin.name);
    expect(error.changes).toEqual(
      expect.arrayContaining([
        { field: "Title", from: "First title", to: "Admin's title" },
        { field: "Quantity", from: "4", to: "9" },
      ]),
    );
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ title: "Admin's title", version: 2 });
  });

  it("changes a published number only through a correction that keeps the old version and the reason", async () => {
    const pledge = await createWorkflowPledge();
    const u = await createUpdate(editor, updateInput(pledge, { quantity: "10" }), { submit: true });
    await reviewUpdate(admin, { id: u.id, version: 1, decision: "publish" });
    await expect(editUpdate(admin, { ...updateInput(pledge, { quantity: "1" }), id: u.id, version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(correctUpdate(editor, { ...updateInput(pledge, { quantity: "8" }), id: u.id, version: 2, reason: "Double counted" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(correctUpdate(admin, { ...updateInput(pledge, { quantity: "8" }), id: u.id, version: 2, reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "8" }), id: u.id, version: 2, reason: "Two officers were double counted." });
    expect(await getPledgeValue(pledge)).toBe(8);
    const row = await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id }, include: { revisions: true } });
    expect(row.correctedAt).not.toBeNull();
    expect(row.version).toBe(3);
    expect(row.revisions).toHaveLength(1);
    expect(row.revisions[0]).toMatchObject({ version: 2, reason: "Two officers were double counted.", authorId: admin.id });
    expect(JSON.parse(row.revisions[0].snapshot)).toMatchObject({ quantity: 10 });
    expect((await auditFor(u.id)).at(-1)).toMatchObject({ action: "update.correct", actorId: admin.id });
  });

  it("refuses an event date after the period on create, edit and correction; a stored late date kept unchanged stays", async () => {
    const pledge = await createWorkflowPledge();
    const outside = { eventDate: "2022-09-26" };
    const message = "The event date must lie within the pledge's period (26 Sept 2017 – 25 Sept 2022).";
    const refused = await createUpdate(editor, updateInput(pledge, outside)).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.fields.eventDate).toEqual([message]);
    await createUpdate(editor, updateInput(pledge, { eventDate: "2022-09-25" }));

    const draft = await createUpdate(editor, updateInput(pledge));
    await expect(editUpdate(editor, { ...updateInput(pledge, outside), id: draft.id, version: 1 })).rejects.toMatchObject({ fields: { eventDate: [message] } });

    // A row stored before the end was checked: correcting its figure keeps its date; moving it elsewhere outside is refused.
    const old = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, quantity: 5, authorId: editor.id, eventDate: new Date("2024-03-01T00:00:00Z") });
    const kept = { ...updateInput(pledge, { eventDate: "2024-03-01", quantity: "6" }), id: old.id, version: old.version, reason: "Six officers, not five." };
    await expect(correctUpdate(admin, { ...kept, eventDate: "2024-03-02" })).rejects.toMatchObject({ fields: { eventDate: [message] } });
    await correctUpdate(admin, kept);
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ quantity: 6, eventDate: new Date("2024-03-01T00:00:00Z") });
  });

  it("soft-deletes with a reason only; the row stays and stops counting", async () => {
    const pledge = await createWorkflowPledge();
    const u = await createUpdate(editor, updateInput(pledge, { quantity: "5" }), { submit: true });
    await reviewUpdate(admin, { id: u.id, version: 1, decision: "publish" });
    await expect(deleteUpdate(admin, { id: u.id, version: 2, reason: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(deleteUpdate(editor, { id: u.id, version: 2, reason: "Not ours after all" })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteUpdate(admin, { id: u.id, version: 2, reason: "Duplicate of another report." });
    expect(await getPledgeValue(pledge)).toBe(0);
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ deleteReason: "Duplicate of another report.", deletedById: admin.id });
  });

  it("lets editors touch only their own drafts", async () => {
    const pledge = await createWorkflowPledge();
    const other = await createActor("EDITOR");
    const u = await createUpdate(editor, updateInput(pledge));
    await expect(editUpdate(other, { ...updateInput(pledge), id: u.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteUpdate(other, { id: u.id, version: 1, reason: "Mine now" })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteUpdate(editor, { id: u.id, version: 1, reason: "Logged by mistake." });
  });
});
