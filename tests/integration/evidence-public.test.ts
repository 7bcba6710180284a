import { beforeAll, describe, expect, it } from "vitest";
import { GET as getApiUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import { db, provider } from "@/lib/db";
import { canConfirmFigures, confirmEvidence } from "@/lib/evidence/actions";
import { getEvidenceBreakdown } from "@/lib/evidence/breakdown";
import { readDocumentForDownload } from "@/lib/evidence/documents";
import { storeUploadedDocument } from "@/lib/evidence/upload";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { listPublicUpdates } from "@/lib/updates/public";
import { createTestPledge, getCountryIds } from "../factories";
import { PDF_BYTES, uploadRequest } from "./documents";
import { createActor, updateInput } from "./helpers";

// Internal evidence stays internal on every public output; the public sees its notice, reviewer, date and sha256.
// The evidence level is computed from the items, "Documented" needs a reviewer's confirmation against a document.

const SECRETS = ["Operation Nightfall", "https://intranet.example/nightfall", "Officer J. Doe", "nightfall-roster", "Ministry Intranet"];
const expectNoSecret = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let editor: Awaited<ReturnType<typeof createActor>>;
let admin: Awaited<ReturnType<typeof createActor>>;
let update: { id: number; version: number };
let publicDoc: { id: number; sha256: string };
let internalDoc: { id: number; sha256: string };

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { fields: [] });
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
  publicDoc = await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "public-report.pdf"));
  internalDoc = await storeUploadedDocument(editor, uploadRequest(new TextEncoder().encode("Officer J. Doe led the raid.\n"), "nightfall-roster.txt"));
  const [ken] = await getCountryIds(db, ["KEN"]);
  update = await createUpdate(
    editor,
    updateInput(pledge, {
      fieldId: "",
      quantity: "40",
      countryIds: [String(ken)],
      description: "Operation Nightfall trained 40 officers.",
      publicSummary: "40 officers trained.",
      evidence: [
        { source: "GOVERNMENT", publisher: "Ministry of the Interior", date: "2019-05-02", url: "https://example.org/press", documentId: String(publicDoc.id), reference: "p. 3" },
        { source: "INTERNAL_DOCUMENT", publisher: "Ministry Intranet", date: "2019-05-01", url: "https://intranet.example/nightfall", documentId: String(internalDoc.id), reference: "Officer J. Doe", visibility: "INTERNAL" },
      ],
    }),
    { submit: true },
  );
  update = await reviewUpdate(admin, { id: update.id, version: update.version, decision: "publish" });
});

describe(`internal evidence on ${provider}`, () => {
  it("never reaches the public feed's data: only the notice with reviewer, date and sha256; the public summary replaces the description", async () => {
    const page = await listPublicUpdates({ pledge: pledge.slug });
    expect(page.items).toHaveLength(1);
    const [item] = page.items;
    expect(item.description).toBe("40 officers trained.");
    expect(item.evidenceLevel).toBe("SELF_REPORTED");
    expect(item.evidence.items).toEqual([
      expect.objectContaining({ publisher: "Ministry of the Interior", document: expect.objectContaining({ sha256: publicDoc.sha256, downloadUrl: `/api/documents/${publicDoc.id}` }) }),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(item.evidence.internal).toEqual([{ hasDocument: true, reviewedBy: admin.name, reviewedAt: today, sha256: internalDoc.sha256 }]);
    expectNoSecret(JSON.stringify(page));
  });

  it("never reaches the CSV or the API, which carry the level, the public documents' sha256 and the notice", async () => {
    const csv = await (await serveReport({ request: new Request(`http://localhost/reports/updates-log.csv?pledge=${pledge.slug}`), file: "updates-log.csv", getUser: async () => null })).text();
    expect(csv).toContain(publicDoc.sha256);
    expect(csv).toContain(`1 internal document, reviewed by ${admin.name}`);
    expect(csv).toContain(internalDoc.sha256);
    expectNoSecret(csv);
    // Editors' export with drafts goes through the same public split.
    const staffCsv = await (await serveReport({ request: new Request(`http://localhost/reports/updates-log.csv?pledge=${pledge.slug}&include=drafts`), file: "updates-log.csv", getUser: async () => editor })).text();
    expectNoSecret(staffCsv);

    const response = await getApiUpdates(new Request(`http://localhost/api/v1/pledges/${pledge.slug}/updates`), { params: Promise.resolve({ slug: pledge.slug }) });
    const body = await response.json();
    expect(body.items[0]).toMatchObject({
      evidenceLevel: "SELF_REPORTED",
      evidenceItems: [expect.objectContaining({ document: expect.objectContaining({ sha256: publicDoc.sha256 }) })],
      internalEvidence: [expect.objectContaining({ sha256: internalDoc.sha256, reviewedBy: admin.name })],
    });
    expectNoSecret(JSON.stringify(body));
  });

  it("serves the internal document to editors only, and the public one only while its update is published", async () => {
    await expect(readDocumentForDownload(internalDoc.id, null)).rejects.toMatchObject({ status: 404 });
    expect((await readDocumentForDownload(internalDoc.id, editor)).sha256).toBe(internalDoc.sha256);
    expect((await readDocumentForDownload(publicDoc.id, null)).isPublic).toBe(true);
  });

  it("refuses to attach someone else's upload (an internal document pulled into a public item)", async () => {
    const other = await createActor("EDITOR");
    const attack = updateInput(pledge, { fieldId: "", evidence: [{ source: "GOVERNMENT", publisher: "x", date: "2019-01-01", documentId: String(internalDoc.id) }] });
    const error = await createUpdate(other, attack).catch((e) => e);
    expect(error).toMatchObject({ status: 422, fields: { "evidence.0.documentId": [expect.stringMatching(/not available/)] } });
  });
});

describe(`evidence level on ${provider}`, () => {
  it("is Documented once a reviewer other than the author confirms the figure against a document, a public change", async () => {
    const items = await db.evidence.findMany({ where: { updateId: update.id }, orderBy: { position: "asc" } });
    const author = await createActor("ADMIN");
    const own = await createUpdate(author, updateInput(pledge, { fieldId: "", evidence: [{ source: "GOVERNMENT", publisher: "x", date: "2019-01-01", documentId: String((await storeUploadedDocument(author, uploadRequest(PDF_BYTES, "own.pdf"))).id) }] }), { submit: true });
    const ownItem = await db.evidence.findFirstOrThrow({ where: { updateId: own.id } });
    await expect(confirmEvidence(author, { evidenceId: ownItem.id, version: own.version })).rejects.toMatchObject({ status: 403 });
    await expect(confirmEvidence(editor, { evidenceId: items[1].id, version: update.version })).rejects.toMatchObject({ status: 403 });

    await confirmEvidence(admin, { evidenceId: items[1].id, version: update.version });
    const row = await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    expect(row.evidenceLevel).toBe("DOCUMENTED");
    const change = await db.publicChange.findFirstOrThrow({ where: { updateId: update.id, kind: "EVIDENCE" }, orderBy: { id: "desc" } });
    expect(change.diff).toContain("DOCUMENTED");
    expectNoSecret(JSON.stringify(change));
    expect((await listPublicUpdates({ pledge: pledge.slug, level: "DOCUMENTED" })).items.map((u) => u.id)).toEqual([update.id]);
    expect((await listPublicUpdates({ pledge: pledge.slug, level: "CORROBORATED" })).total).toBe(0);
  });

  it("is never confirmed by one of the update's writers: an admin who edited another's update can neither confirm nor be offered it", async () => {
    const writer = await createActor("ADMIN");
    const document = await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "edited.pdf"));
    const input = updateInput(pledge, { fieldId: "", evidence: [{ source: "GOVERNMENT", publisher: "x", date: "2019-01-01", documentId: String(document.id) }] });
    const draft = await createUpdate(editor, input);
    // The admin rewrites the editor's figure, then tries to confirm it as if someone else had checked it.
    const edited = await editUpdate(writer, { ...input, quantity: "400", id: draft.id, version: draft.version }, { submit: true });
    const item = await db.evidence.findFirstOrThrow({ where: { updateId: draft.id } });
    const row = await db.progressUpdate.findUniqueOrThrow({ where: { id: draft.id } });
    expect(await canConfirmFigures(writer, row)).toBe(false);
    await expect(confirmEvidence(writer, { evidenceId: item.id, version: edited.version })).rejects.toMatchObject({ status: 403 });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ confirmedAt: null });
    expect(await canConfirmFigures(admin, row)).toBe(true);
  });

  it("splits the pledge's value by level in SQL, adding up to the value", async () => {
    const second = await createUpdate(editor, updateInput(pledge, { fieldId: "", quantity: "15" }), { submit: true }); // INTERPOL: corroborated
    await reviewUpdate(admin, { id: second.id, version: second.version, decision: "publish" });
    const summary = (await getPledgeSummary(pledge.slug))!;
    const shares = await getEvidenceBreakdown(pledge.id, "SUM");
    expect(shares).toEqual([{ level: "DOCUMENTED", value: 40 }, { level: "CORROBORATED", value: 15 }]);
    expect(shares.reduce((sum, s) => sum + s.value, 0)).toBe(summary.value);
  });

  it("records a correction's evidence change publicly without internal detail; a deleted update's document is no longer served", async () => {
    const current = await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    await correctUpdate(admin, {
      ...updateInput(pledge, { fieldId: "", quantity: "40", description: "Operation Nightfall trained 40 officers.", publicSummary: "40 officers trained." }),
      id: update.id,
      version: current.version,
      reason: "Source replaced by INTERPOL's statement.",
    });
    const change = await db.publicChange.findFirstOrThrow({ where: { updateId: update.id, kind: "EVIDENCE" }, orderBy: { id: "desc" } });
    expect(change.reason).toBe("Source replaced by INTERPOL's statement.");
    expectNoSecret(JSON.stringify(change));
    const corrected = await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    expect(corrected.evidenceLevel).toBe("CORROBORATED"); // a corrected figure must be confirmed again

    const fresh = await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "again.pdf"));
    const next = await createUpdate(editor, updateInput(pledge, { fieldId: "", evidence: [{ source: "GOVERNMENT", publisher: "x", date: "2019-01-01", documentId: String(fresh.id) }] }), { submit: true });
    const published = await reviewUpdate(admin, { id: next.id, version: next.version, decision: "publish" });
    expect((await readDocumentForDownload(fresh.id, null)).isPublic).toBe(true);
    await deleteUpdate(admin, { id: next.id, version: published.version, reason: "Duplicate of another update." });
    await expect(readDocumentForDownload(fresh.id, null)).rejects.toMatchObject({ status: 404 });
  });
});
