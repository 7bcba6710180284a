import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { settleRefusals } from "@/lib/audit/refusals";
import { db, provider } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { toFormState } from "@/lib/form-state";
import { formatValidationMessage } from "@/lib/i18n/validation";
import { checkImport, runImport } from "@/lib/import/run";
import { updatesQuery } from "@/lib/api/schemas";
import { readApiUpdatePage } from "@/lib/api/updates";
import { getPledgeValue } from "@/lib/pledges/queries";
import { seedReference } from "@/lib/seed/reference";
import { updateSettings } from "@/lib/settings/actions";
import { readSettings } from "@/lib/settings/queries";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { listPublicUpdates } from "@/lib/updates/public";
import { unique } from "../factories";
import { holdTransaction, raceThroughGate, waitFor } from "./concurrency";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

// Issue 10, section 5: publishing needs a reviewer other than the author, checked inside the write transaction.

let editor: SessionUser;
let admin: SessionUser;
let otherAdmin: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
  otherAdmin = await createActor("ADMIN");
});

// The setting is deployment-wide: every test leaves it at its default.
afterEach(async () => {
  await db.setting.deleteMany();
});

const allowSelfPublication = (allow: boolean) => updateSettings(admin, { allowSelfPublication: allow });

async function submittedBy(author: SessionUser) {
  const pledge = await createWorkflowPledge();
  const created = await createUpdate(author, updateInput(pledge, { quantity: "7" }), { submit: true });
  return { pledge, ...created };
}

/** A refusal's message as the API and importer give it (English); forms give it in their page's language (toFormState). */
const englishOf = (attempt: Promise<unknown>) => attempt.then(() => "", (error: Error) => formatValidationMessage(error.message));

const refusalsOf = (actorId: number) => db.auditLog.findMany({ where: { actorId, action: "access.refused", entityId: "update:publish-own" } });
const auditOf = (id: number) => db.auditLog.findMany({ where: { entityType: "update", entityId: String(id) }, orderBy: { id: "asc" } });

describe(`four eyes on ${provider}`, () => {
  it("an admin who wrote an update cannot publish it: refused, audited, nothing changes", async () => {
    const { pledge, id, version } = await submittedBy(admin);
    const attempt = reviewUpdate(admin, { id, version, decision: "publish", comment: "Looks right to me." });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await englishOf(attempt)).toMatch(/Someone other than the author/);
    // The form says it in the page's language.
    expect(toFormState(await attempt.catch((e: unknown) => e), "fr").message).toMatch(/^Cette mise à jour doit être publiée par une autre personne que son auteur/);
    await settleRefusals();

    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "SUBMITTED", version, publishedAt: null, reviewerId: null });
    expect(await getPledgeValue(pledge)).toBe(0);
    expect(await refusalsOf(admin.id)).toEqual([expect.objectContaining({ entityType: "permission", after: JSON.stringify({ reason: "forbidden" }) })]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["update.submit"]);

    // Returning one's own update is no publication: still allowed.
    await reviewUpdate(admin, { id, version, decision: "return", comment: "Withdrawn by its author." });
  });

  it("another admin publishes it, with a note the author sees; the publication is not marked", async () => {
    const { pledge, id, version } = await submittedBy(admin);
    await reviewUpdate(otherAdmin, { id, version, decision: "publish", comment: "Checked against the ministry's release." });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "PUBLISHED", reviewerId: otherAdmin.id, selfPublished: false, reviewComment: "Checked against the ministry's release.",
    });
    expect(await getPledgeValue(pledge)).toBe(7);
    const publish = (await auditOf(id)).at(-1)!;
    expect(publish.action).toBe("update.publish");
    expect(JSON.parse(publish.after!)).not.toHaveProperty("withoutIndependentReview");
    expect((await readApiUpdatePage(pledge.slug, updatesQuery.parse({}))).items).toEqual([expect.objectContaining({ id, independentReview: true })]);
  });

  it("an admin who edited someone else's update is one of its writers and cannot publish it", async () => {
    const { pledge, id, version } = await submittedBy(editor);
    const edited = await editUpdate(admin, { ...updateInput(pledge, { quantity: "700" }), id, version });
    await expect(reviewUpdate(admin, { id, version: edited.version, decision: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    await reviewUpdate(otherAdmin, { id, version: edited.version, decision: "publish" });
    expect(await getPledgeValue(pledge)).toBe(700);
  });

  it("an admin editing and publishing someone else's update at once never publishes their own content", async () => {
    const { pledge, id, version } = await submittedBy(editor);
    // Both pass their reads and checks (the publication sees no edit by this admin yet), then race to write.
    const results = await raceThroughGate(`SELECT id FROM progress_updates WHERE id = ${id} FOR UPDATE`, [
      () => editUpdate(admin, { ...updateInput(pledge, { quantity: "900" }), id, version }),
      () => reviewUpdate(admin, { id, version, decision: "publish" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const row = await db.progressUpdate.findUniqueOrThrow({ where: { id } });
    // Either the editor's 7 was published, or the admin's 900 waits for another reviewer: never 900 published by its writer.
    expect([row.state, row.quantity]).toSatisfy(([state, quantity]: [string, number]) => (state === "PUBLISHED" ? quantity === 7 : quantity === 900));
    expect(await getPledgeValue(pledge)).not.toBe(900);
  });

  it("the setting allows self-publication, and the update is marked so publicly and in the audit log", async () => {
    await allowSelfPublication(true);
    const { pledge, id, version } = await submittedBy(admin);
    await reviewUpdate(admin, { id, version, decision: "publish", comment: "One-person office." });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "PUBLISHED", reviewerId: admin.id, selfPublished: true });
    expect(JSON.parse((await auditOf(id)).at(-1)!.after!)).toMatchObject({ state: "PUBLISHED", withoutIndependentReview: true });
    const [item] = (await listPublicUpdates({ pledge: pledge.slug })).items;
    expect(item).toMatchObject({ id, selfPublished: true });
    // The publication note stays internal: the public item carries no review comment.
    expect(JSON.stringify(item)).not.toContain("One-person office.");
    const api = await readApiUpdatePage(pledge.slug, updatesQuery.parse({}));
    expect(api.items).toEqual([expect.objectContaining({ id, independentReview: false })]);
    expect(JSON.stringify(api)).not.toContain("One-person office.");
  });

  it("the author of a published update cannot correct its figures unreviewed: refused, audited, nothing changes; marked when allowed", async () => {
    const { pledge, id, version } = await submittedBy(admin);
    const published = await reviewUpdate(otherAdmin, { id, version, decision: "publish" });
    const correction = (quantity: string, at: number) => ({ ...updateInput(pledge, { quantity }), id, version: at, reason: "My own figure, raised." });
    // The attack: the author publishes new figures of their own through a correction, with no second person.
    const attempt = correctUpdate(admin, correction("7000", published.version));
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await englishOf(attempt)).toMatch(/Someone other than the author must correct/);
    await settleRefusals();
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ quantity: 7, version: published.version, correctedAt: null, selfPublished: false });
    expect(await getPledgeValue(pledge)).toBe(7);
    expect(await refusalsOf(admin.id)).toContainEqual(expect.objectContaining({ entityType: "permission" }));

    // Another admin may correct it; with the setting, the author may too, and the update is marked.
    const corrected = await correctUpdate(otherAdmin, correction("8", published.version));
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ quantity: 8, selfPublished: false });
    await allowSelfPublication(true);
    await correctUpdate(admin, correction("9", corrected.version));
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ quantity: 9, selfPublished: true });
    expect(JSON.parse((await auditOf(id)).at(-1)!.after!)).toMatchObject({ quantity: 9, withoutIndependentReview: true });
    expect((await listPublicUpdates({ pledge: pledge.slug })).items).toEqual([expect.objectContaining({ id, selfPublished: true })]);
  });

  it("the author of a published update cannot delete it alone: refused, audited, nothing changes; marked when allowed", async () => {
    const { pledge, id, version } = await submittedBy(admin);
    const published = await reviewUpdate(otherAdmin, { id, version, decision: "publish" });
    const refusedBefore = (await refusalsOf(admin.id)).length;
    // The attack: the author takes the reviewed figures down again, with no second person.
    const attempt = deleteUpdate(admin, { id, version: published.version, reason: "My own figure, removed." });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await englishOf(attempt)).toMatch(/Someone other than the author must delete this published update/);
    expect(toFormState(await attempt.catch((e: unknown) => e), "es").message).toMatch(/^Esta actualización publicada debe eliminarla alguien distinto de su autor/);
    await settleRefusals();
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: published.version });
    expect(await getPledgeValue(pledge)).toBe(7);
    expect(await refusalsOf(admin.id)).toHaveLength(refusedBefore + 1);

    // Another admin may delete it.
    await deleteUpdate(otherAdmin, { id, version: published.version, reason: "Counted twice." });
    expect(await getPledgeValue(pledge)).toBe(0);
    expect(JSON.parse((await auditOf(id)).at(-1)!.after!)).not.toHaveProperty("withoutIndependentReview");

    // With the setting, the author may, and the audit log says it was without independent review.
    await allowSelfPublication(true);
    const own = await submittedBy(admin);
    const ownPublished = await reviewUpdate(otherAdmin, { id: own.id, version: own.version, decision: "publish" });
    await deleteUpdate(admin, { id: own.id, version: ownPublished.version, reason: "Withdrawn by its author." });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ deletedById: admin.id, selfPublished: false });
    expect(JSON.parse((await auditOf(own.id)).at(-1)!.after!)).toMatchObject({ reason: "Withdrawn by its author.", withoutIndependentReview: true });
  });

  it("only admins change the setting, and every change is audited", async () => {
    await expect(updateSettings(editor, { allowSelfPublication: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readSettings(db)).toEqual({ allowSelfPublication: false });
    await updateSettings(admin, { allowSelfPublication: "on" });
    await updateSettings(admin, {});
    const rows = await db.auditLog.findMany({ where: { action: "settings.update", actorId: admin.id }, orderBy: { id: "desc" }, take: 2 });
    expect(rows.map((r) => [JSON.parse(r.before!), JSON.parse(r.after!)])).toEqual([
      [{ allowSelfPublication: true }, { allowSelfPublication: false }],
      [{ allowSelfPublication: false }, { allowSelfPublication: true }],
    ]);
  });

  it("switching the setting off while a self-publication is in flight: the publication waits and is refused", async () => {
    await allowSelfPublication(true);
    const { id, version } = await submittedBy(admin);
    const hold = holdTransaction(async (tx) => {
      await tx.setting.update({ where: { id: 1 }, data: { allowSelfPublication: false } });
    });
    await hold.opened;
    let settled = false;
    const attempt = reviewUpdate(admin, { id, version, decision: "publish" }).finally(() => (settled = true));
    attempt.catch(() => undefined);
    if (provider === "postgresql") {
      // The publication has read the update and checked its author; it must now wait on the settings row (or, without
      // the lock, it has already gone through on the setting as last committed).
      await waitFor(async () => settled || (await blockedBackends()) > 0, { what: "the publication to wait on the settings row" });
    }
    hold.finish("commit");
    await hold.done;
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "SUBMITTED", selfPublished: false });
  });

  it("an import that publishes is four-eyes checked too: refused by default, marked when allowed", async () => {
    const pledge = await createWorkflowPledge();
    const row = (externalId: string) =>
      new TextEncoder().encode(
        "external_id,pledge,event_date,quantity,field,title,evidence,evidence_source,evidence_publisher,evidence_date,state\r\n" +
          `${externalId},${pledge.slug},2019-05-01,3,${pledge.fields[0].slug},Imported,https://example.org/report,interpol,INTERPOL,2019-01-15,PUBLISHED\r\n`,
      );
    const first = unique("pub");
    const dry = await checkImport({ bytes: row(first), filename: "p.csv", defaultState: "DRAFT", actor: admin });
    expect(dry.problems).toEqual([expect.objectContaining({ line: 2, column: "state", message: expect.stringMatching(/Someone other than the author/) })]);
    await expect(runImport({ bytes: row(first), filename: "p.csv", defaultState: "DRAFT", actor: admin })).rejects.toBeInstanceOf(ForbiddenError);
    const editorsDry = await checkImport({ bytes: row(first), filename: "p.csv", defaultState: "DRAFT", actor: editor });
    expect(editorsDry.problems).toEqual([expect.objectContaining({ column: "state", message: expect.stringMatching(/Only admins/) })]);
    await expect(runImport({ bytes: row(first), filename: "p.csv", defaultState: "DRAFT", actor: editor })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.progressUpdate.findUnique({ where: { externalId: first } })).toBeNull();

    await allowSelfPublication(true);
    expect(await runImport({ bytes: row(first), filename: "p.csv", defaultState: "DRAFT", actor: admin })).toMatchObject({ ok: true, imported: 1 });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { externalId: first } })).toMatchObject({ state: "PUBLISHED", selfPublished: true, reviewerId: admin.id });
    expect(await getPledgeValue(pledge)).toBe(3);
  });
});

/** PostgreSQL backends of this database waiting on a lock. */
async function blockedBackends(): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0`;
  return n;
}
