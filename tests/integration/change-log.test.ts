import { beforeAll, describe, expect, it } from "vitest";
import { recordFinalAssessment } from "@/lib/assessments/actions";
import type { SessionUser } from "@/lib/auth/permissions";
import { listPublicChanges, resolveChangeFilter, type ChangeEntry } from "@/lib/changes/queries";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { recordPledgeCheck, setReportingRhythm } from "@/lib/freshness/actions";
import { listPledgeFreshness } from "@/lib/freshness/queries";
import { HttpError } from "@/lib/http/errors";
import { addField, changePledgeStatus, renameField, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { getUpdateRecord } from "@/lib/updates/record-page";
import { getCountryIds, unique } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

// Every write path that changes public data leaves one entry in the public change log, in its transaction; drafts,
// returned updates, review comments and internal notes never do.

let editor: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
});

async function readAll(query: Parameters<typeof listPublicChanges>[0] extends infer Q ? Omit<Q, "limit" | "before"> : never, pageSize = 100) {
  const items: ChangeEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await listPublicChanges({ ...query, before, limit: pageSize });
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    before = page.nextCursor;
  }
}

/** Draft → submit → publish, as the forms do; returns the published update's id and version. */
async function publish(pledge: Awaited<ReturnType<typeof createWorkflowPledge>>, overrides: Record<string, unknown> = {}) {
  const u = await createUpdate(editor, updateInput(pledge, overrides), { submit: true });
  const done = await reviewUpdate(admin, { id: u.id, version: u.version, decision: "publish" });
  return { id: u.id, version: done.version };
}

describe("the change log records every public change", () => {
  it("publication, correction (before → after, reason) and deletion (reason) of an update, and nothing for drafts or returns", async () => {
    const pledge = await createWorkflowPledge();
    const comment = unique("internal-review-comment");
    // A draft, edited; an update returned with a comment, then deleted: none of it is public.
    const draft = await createUpdate(editor, updateInput(pledge, { title: unique("Draft") }));
    await editUpdate(editor, { ...updateInput(pledge, { quantity: "9" }), id: draft.id, version: draft.version });
    const returned = await createUpdate(editor, updateInput(pledge), { submit: true });
    const back = await reviewUpdate(admin, { id: returned.id, version: returned.version, decision: "return", comment });
    await deleteUpdate(editor, { id: returned.id, version: back.version, reason: "Not needed any more" });

    const [ken, gha] = await getCountryIds(db, ["KEN", "GHA"]);
    const published = await publish(pledge, { quantity: "4", countryIds: [String(ken)] });
    await correctUpdate(admin, {
      ...updateInput(pledge, { quantity: "6", countryIds: [String(ken), String(gha)], title: "Corrected title" }),
      id: published.id,
      version: published.version,
      reason: "The ministry's report gave 6",
    });
    const current = await db.progressUpdate.findUniqueOrThrow({ where: { id: published.id } });
    await deleteUpdate(admin, { id: published.id, version: current.version, reason: "Duplicate of another update" });

    const entries = await readAll({ pledgeId: pledge.id });
    expect(entries.map((e) => [e.kind, e.updateId])).toEqual([
      ["DELETION", published.id],
      ["CORRECTION", published.id],
      ["PUBLICATION", published.id],
    ]);
    const [deletion, correction, publication] = entries;
    expect(publication).toMatchObject({ entityType: "update", actorName: admin.name, pledge: { slug: pledge.slug } });
    expect(correction.reason).toBe("The ministry's report gave 6");
    expect(correction.diff).toEqual(
      expect.arrayContaining([
        { field: "quantity", before: 4, after: 6 },
        { field: "countries", before: ["KEN"], after: ["GHA", "KEN"] },
        { field: "title", before: expect.any(String), after: "Corrected title" },
      ]),
    );
    expect(correction.diff.map((d) => d.field)).not.toContain("reviewComment");
    expect(correction.diff.map((d) => d.field)).not.toContain("version");
    expect(deletion.reason).toBe("Duplicate of another update");
    const all = JSON.stringify(await readAll({}));
    expect(all).not.toContain(comment);
    for (const id of [draft.id, returned.id]) expect(await readAll({ updateId: id })).toEqual([]);
  });

  it("status, definition, annual plan, breakdown, milestone, delivery and developing-flag changes", async () => {
    const pledge = await createWorkflowPledge();
    await changePledgeStatus(admin, { pledgeId: pledge.id, fromStatus: "NOT_STARTED", toStatus: "ON_TRACK", reason: "First operations reported" });
    const before = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
    await updatePledge(admin, {
      id: pledge.id, updatedAt: before.updatedAt.toISOString(), title: before.title, summary: before.summary, unit: before.unit,
      target: "25", targetNote: "", periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: "field",
    });
    await saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan: "", targets: [{ year: "1", target: "3" }, { year: "2", target: "5" }] });
    await saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan: "1:3,2:5", targets: [{ year: "1", target: "3" }, { year: "2", target: "7" }] });
    await addField(admin, { pledgeId: pledge.id, name: "Maritime" });
    const field = await db.field.findFirstOrThrow({ where: { pledgeId: pledge.id, name: "Maritime" } });
    await renameField(admin, { fieldId: field.id, name: "Maritime security" });
    const milestone = await db.milestone.create({ data: { pledgeId: pledge.id, slug: unique("m"), title: "Lab opened" } });
    await completeMilestone(admin, { milestoneId: milestone.id, updatedAt: milestone.updatedAt.toISOString(), completedAt: "2019-05-01", evidenceUrl: "https://example.org/lab" });
    const [npl] = await getCountryIds(db, ["NPL"]);
    await setCountryDelivery(admin, { pledgeId: pledge.id, fieldId: field.id, countryId: npl, status: "PLANNED", expectedStatus: "" });
    await setCountryDelivery(admin, { pledgeId: pledge.id, fieldId: field.id, countryId: npl, status: "IN_PROGRESS", expectedStatus: "PLANNED" });

    const entries = (await readAll({ pledgeId: pledge.id })).reverse();
    expect(entries.map((e) => [e.kind, e.entityType, e.summary])).toEqual([
      ["STATUS", "pledge", "Status changed"],
      ["DEFINITION", "pledge", "Pledge definition changed"],
      ["DEFINITION", "pledge", "Annual plan changed"],
      ["DEFINITION", "pledge", "Annual plan changed"],
      ["DEFINITION", "field", "Breakdown added: Maritime"],
      ["DEFINITION", "field", "Breakdown renamed: Maritime security"],
      ["PUBLICATION", "milestone", "Milestone completed: Lab opened"],
      ["STATUS", "delivery", expect.stringContaining("Nepal")],
      ["STATUS", "delivery", expect.stringContaining("Nepal")],
    ]);
    expect(entries[0]).toMatchObject({ reason: "First operations reported", diff: [{ field: "status", before: "NOT_STARTED", after: "ON_TRACK" }] });
    expect(entries[1].diff).toEqual([{ field: "target", before: 10, after: 25 }]);
    expect(entries[2].diff).toEqual([{ field: "year1", before: null, after: 3 }, { field: "year2", before: null, after: 5 }]);
    expect(entries[3].diff).toEqual([{ field: "year2", before: 5, after: 7 }]);
    expect(entries[8].diff).toEqual([{ field: "deliveryStatus", before: "PLANNED", after: "IN_PROGRESS" }]);

    const country = await db.country.findUniqueOrThrow({ where: { iso3: "NPL" } });
    await setCountryDeveloping(admin, { countryId: country.id, expected: country.developing, developing: !country.developing });
    await setCountryDeveloping(admin, { countryId: country.id, expected: !country.developing, developing: country.developing });
    const flags = (await readAll({ kinds: ["DEFINITION"] })).filter((e) => e.entityType === "country" && e.entityId === "NPL").slice(0, 2);
    expect(flags.map((e) => e.diff)).toEqual([
      [{ field: "developing", before: !country.developing, after: country.developing }],
      [{ field: "developing", before: country.developing, after: !country.developing }],
    ]);
    expect(flags[0].pledge).toBeNull();
  });

  it("an editor's check and an admin's rhythm change, which move freshness", async () => {
    const pledge = await createWorkflowPledge();
    await expect(recordPledgeCheck(null, { pledgeId: pledge.id, note: "Checked without signing in" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(recordPledgeCheck(editor, { pledgeId: pledge.id, note: "no" })).rejects.toBeInstanceOf(ValidationError);
    await expect(recordPledgeCheck(editor, { pledgeId: pledge.id, note: "Checked the annual report", year: "9" })).rejects.toBeInstanceOf(ValidationError);
    const future = await db.pledge.create({
      data: { slug: unique("future"), title: "Future pledge", summary: "s", sourceSentence: "s", sourceCitation: "c", unit: "u", target: 1, measure: "SUM", periodStart: new Date("2099-01-01T00:00:00Z"), periodEnd: new Date("2101-12-31T00:00:00Z") },
    });
    await expect(recordPledgeCheck(editor, { pledgeId: future.id, note: "Checked the future", year: "1" })).rejects.toMatchObject({ fields: { year: [expect.stringContaining("not started")] } });
    await expect(setReportingRhythm(editor, { pledgeId: pledge.id, months: "12", expected: "3" })).rejects.toBeInstanceOf(ForbiddenError);
    const before = (await listPledgeFreshness()).find((p) => p.pledgeId === pledge.id)!;
    expect(before).toMatchObject({ rhythmMonths: 3, lastCheckedAt: null, lastUpdatedAt: null, overdueSince: null });
    // Overdue three months after the tracker began following it, with neither an update nor a check.
    const later = new Date(Date.now() + 100 * 86_400_000);
    expect((await listPledgeFreshness({ now: later })).find((p) => p.pledgeId === pledge.id)!.overdueSince).not.toBeNull();

    await recordPledgeCheck(editor, { pledgeId: pledge.id, note: "Checked the ministry's site: nothing new" });
    await recordPledgeCheck(editor, { pledgeId: pledge.id, note: "Nothing happened in this field that year", year: "2", fieldId: String(pledge.fields[1].id) });
    await setReportingRhythm(admin, { pledgeId: pledge.id, months: "12", expected: "3" });
    const entries = await readAll({ pledgeId: pledge.id });
    expect(entries.map((e) => [e.kind, e.summary, e.reason, e.actorName])).toEqual([
      ["DEFINITION", "Reporting rhythm changed", null, admin.name],
      ["CHECK", "Checked for year 2, beta: nothing new to report", "Nothing happened in this field that year", editor.name],
      ["CHECK", "Checked: nothing new to report", "Checked the ministry's site: nothing new", editor.name],
    ]);
    const after = (await listPledgeFreshness({ now: later })).find((p) => p.pledgeId === pledge.id)!;
    expect(after.rhythmMonths).toBe(12);
    expect(after.lastCheckedAt).not.toBeNull();
    expect(after.overdueSince).toBeNull();
    expect(await db.pledgeCheck.count({ where: { pledgeId: pledge.id, year: 2, fieldId: pledge.fields[1].id } })).toBe(1);

    // A final verdict settles the pledge: never overdue again.
    const settledPledge = await createWorkflowPledge();
    const wayLater = new Date(Date.now() + 400 * 86_400_000);
    expect((await listPledgeFreshness({ now: wayLater })).find((p) => p.pledgeId === settledPledge.id)!.overdueSince).not.toBeNull();
    await recordFinalAssessment(admin, {
      pledgeId: settledPledge.id, verdict: "NOT_ACHIEVED", finalValue: "0", methodNote: "Nothing was published over the period.",
      sources: "https://example.org/final-report", assessedOn: "2023-01-10",
    });
    expect((await listPledgeFreshness({ now: wayLater })).find((p) => p.pledgeId === settledPledge.id)!.overdueSince).toBeNull();
  });

  it("logs the description the public reads, never the internal one behind a public summary", async () => {
    const pledge = await createWorkflowPledge();
    const secret = unique("internal-source-detail");
    const u = await publish(pledge, { description: `Informant ${secret} confirmed it.`, publicSummary: "A joint operation took place." });
    await correctUpdate(admin, {
      ...updateInput(pledge, { quantity: "5", description: `Informant ${secret} now says five.`, publicSummary: "A joint operation took place, five agencies." }),
      id: u.id,
      version: u.version,
      reason: "Five agencies took part",
    });
    const [correction] = await readAll({ pledgeId: pledge.id, kinds: ["CORRECTION"] });
    expect(correction.diff).toContainEqual({ field: "description", before: "A joint operation took place.", after: "A joint operation took place, five agencies." });
    expect(JSON.stringify(await readAll({ pledgeId: pledge.id }))).not.toContain(secret);
  });
});

describe("reading the log", () => {
  it("pages newest first without gaps or repeats, and filters by pledge and kind", async () => {
    const pledge = await createWorkflowPledge();
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await publish(pledge, { quantity: String(i + 1) })).id);
    const first = await db.progressUpdate.findUniqueOrThrow({ where: { id: ids[0] } });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "10" }), id: ids[0], version: first.version, reason: "Typo in the quantity" });
    const whole = await readAll({ pledgeId: pledge.id });
    const paged = await readAll({ pledgeId: pledge.id }, 2);
    expect(paged.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(whole).toHaveLength(6);
    expect(whole[0].kind).toBe("CORRECTION");
    expect(whole.slice(1).map((e) => e.updateId)).toEqual([...ids].reverse());
    const times = whole.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const filter = await resolveChangeFilter({ pledge: pledge.slug, kind: "correction" });
    expect((await readAll(filter)).map((e) => e.updateId)).toEqual([ids[0]]);
    await expect(resolveChangeFilter({ kind: "gossip" })).rejects.toMatchObject({ status: 400, fields: { kind: expect.any(Array) } });
    await expect(resolveChangeFilter({ pledge: "no-such-pledge" })).rejects.toBeInstanceOf(HttpError);
  });

  it("serves the log as CSV with the correction's before and after", async () => {
    const pledge = await createWorkflowPledge();
    const u = await publish(pledge, { quantity: "4" });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "6" }), id: u.id, version: u.version, reason: "Recounted, = not 4" });
    const response = await serveReport({ request: new Request(`http://localhost/reports/changes.csv?pledge=${pledge.slug}`), file: "changes.csv", getUser: async () => null });
    expect(response.status).toBe(200);
    const text = await response.text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("id,changed_at,kind,kind_label,pledge,update_id,entity_type,entity_id,summary,changes,diff_json,reason,actor");
    expect(text).toContain("Quantity: 4 → 6");
    expect(text).toContain("Recounted, = not 4");
    expect(text.indexOf(",correction,")).toBeLessThan(text.indexOf(",publication,"));
    const bad = await serveReport({ request: new Request("http://localhost/reports/changes.csv?kind=nope"), file: "changes.csv", getUser: async () => null });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.kind).toBeDefined();
  });
});

describe("the public record of an update", () => {
  it("shows a published update with its revisions, a tombstone once deleted, and nothing for drafts", async () => {
    const pledge = await createWorkflowPledge();
    const u = await publish(pledge, { quantity: "4" });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "6" }), id: u.id, version: u.version, reason: "First correction" });
    let row = await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "7" }), id: u.id, version: row.version, reason: "Second correction" });
    const record = await getUpdateRecord(u.id);
    expect(record?.status).toBe("published");
    if (record?.status !== "published") return;
    expect(record.update.quantity).toBe(7);
    expect(record.revisions.map((r) => [r.reason, r.changes.find((c) => c.field === "quantity")])).toEqual([
      ["Second correction", { field: "quantity", before: 6, after: 7 }],
      ["First correction", { field: "quantity", before: 4, after: 6 }],
    ]);

    row = await db.progressUpdate.findUniqueOrThrow({ where: { id: u.id } });
    await deleteUpdate(admin, { id: u.id, version: row.version, reason: "Counted twice" });
    expect(await getUpdateRecord(u.id)).toMatchObject({ status: "deleted", reason: "Counted twice", pledge: { slug: pledge.slug } });

    const draft = await createUpdate(editor, updateInput(pledge));
    expect(await getUpdateRecord(draft.id)).toBeNull();
    const submitted = await createUpdate(editor, updateInput(pledge), { submit: true });
    expect(await getUpdateRecord(submitted.id)).toBeNull();
    await deleteUpdate(editor, { id: draft.id, version: draft.version, reason: "Never mind" });
    expect(await getUpdateRecord(draft.id)).toBeNull();
  });
});
