import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, provider } from "@/lib/db";
import { ORPHAN_AGE_MS, pruneOrphanDocuments } from "@/lib/evidence/prune";
import { storeUploadedDocument } from "@/lib/evidence/upload";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate } from "@/lib/updates/actions";
import { createTestPledge } from "../factories";
import { raceThroughGate } from "./concurrency";
import { PDF_BYTES, uploadRequest } from "./documents";
import { createActor, updateInput } from "./helpers";

// Orphan uploads: a document uploaded but never attached to an evidence item goes, with its bytes, once a day old;
// attached ones (even if a later edit detached them) and fresh ones stay.

let editor: SessionUser;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  pledge = await createTestPledge(db);
});

const upload = async (name: string) => (await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, name))).id;
const backdate = (id: number) => db.document.update({ where: { id }, data: { createdAt: new Date(Date.now() - ORPHAN_AGE_MS - 60_000) } });
const exists = async (id: number) => ({ document: (await db.document.count({ where: { id } })) === 1, blob: (await db.documentBlob.count({ where: { documentId: id } })) === 1 });
const withDocument = (documentId: number) => ({ evidence: [{ source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01", documentId: String(documentId) }] });
const KEPT = { document: true, blob: true };
const GONE = { document: false, blob: false };

describe(`orphan uploads on ${provider}`, () => {
  it("prunes an old never-attached upload and its bytes, audited; keeps fresh, attached and detached ones", async () => {
    const orphan = await upload("abandoned.pdf");
    const fresh = await upload("fresh.pdf");
    const attached = await upload("attached.pdf");
    const detached = await upload("detached.pdf");
    await createUpdate(editor, updateInput(pledge, withDocument(attached)));
    const draft = await createUpdate(editor, updateInput(pledge, withDocument(detached)));
    await editUpdate(editor, { ...updateInput(pledge), id: draft.id, version: draft.version });
    for (const id of [orphan, attached, detached]) await backdate(id);

    await pruneOrphanDocuments({ limit: 1000 });
    expect(await exists(orphan)).toEqual(GONE);
    for (const id of [fresh, attached, detached]) expect(await exists(id), String(id)).toEqual(KEPT);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.prune", entityType: "document", entityId: String(orphan) } });
    expect(JSON.parse(audit.before!)).toMatchObject({ fileName: "abandoned.pdf", uploadedById: editor.id });
  });

  it("an upload clears old orphans, a bounded number per run", async () => {
    await pruneOrphanDocuments({ limit: 1000 });
    const old = [await upload("a.pdf"), await upload("b.pdf"), await upload("c.pdf")];
    for (const id of old) await backdate(id);
    expect(await pruneOrphanDocuments({ limit: 2 })).toEqual({ deleted: 2 });
    // The oldest go first; the third waits for the next run, which an upload makes.
    expect([await exists(old[0]), await exists(old[1]), await exists(old[2])]).toEqual([GONE, GONE, KEPT]);
    const next = await upload("next.pdf");
    expect(await exists(old[2])).toEqual(GONE);
    expect(await exists(next)).toEqual(KEPT);
  });

  it("an editor attaching an old upload while the prune runs either keeps it or is told to upload it again", async () => {
    const late = await upload("saved-late.pdf");
    await backdate(late);
    const draft = await createUpdate(editor, updateInput(pledge));
    const [attach, prune] = await raceThroughGate(`SELECT id FROM documents WHERE id = ${late} FOR UPDATE`, [
      () => editUpdate(editor, { ...updateInput(pledge, withDocument(late)), id: draft.id, version: draft.version }),
      () => pruneOrphanDocuments({ limit: 1000 }),
    ]);
    expect(prune.status).toBe("fulfilled");
    if (attach.status === "fulfilled") {
      expect(await exists(late)).toEqual(KEPT);
      expect(await db.evidence.count({ where: { updateId: draft.id, documentId: late } })).toBe(1);
    } else {
      expect(attach.reason).toMatchObject({ fields: { "evidence.0.documentId": ["This document is not available; upload it again."] } });
      expect(await exists(late)).toEqual(GONE);
    }
  });
});
