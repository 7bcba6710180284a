import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/import/parse";
import { checkImport, runImport, writeImportRows } from "@/lib/import/run";
import { seedReference } from "@/lib/seed/reference";
import { createTestPledge, unique } from "../factories";

const HEADER = "external_id,pledge,event_date,quantity,field,country_codes,title,description,evidence,state,evidence_source,evidence_publisher,evidence_date";
const SOURCE = ",interpol,INTERPOL,2019-01-15";
const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => bytes([HEADER, ...lines].join("\r\n") + "\r\n");

let editor: SessionUser;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let fielded: Awaited<ReturnType<typeof createTestPledge>>;
let existingExternalId: string;

async function counts() {
  const [updates, audit] = await Promise.all([db.progressUpdate.count(), db.auditLog.count()]);
  return { updates, audit };
}

beforeAll(async () => {
  await seedReference(db);
  const row = await db.user.create({ data: { email: `${unique("importer")}@test.example`, name: "Importer", role: "EDITOR" } });
  editor = { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion, mustChangePassword: row.mustChangePassword };
  pledge = await createTestPledge(db);
  fielded = await createTestPledge(db, { fields: ["labs"] });
  existingExternalId = unique("existing");
  await db.progressUpdate.create({ data: { pledgeId: pledge.id, eventDate: new Date(), quantity: 1, title: "existing", externalId: existingExternalId } });
});

describe("import dry run", () => {
  it("reports every problem by line and column and writes nothing", async () => {
    const dup = unique("dup");
    const file = csv(
      `${dup},nope,2019-01-01,1,,KEN,Unknown pledge,,https://example.org/report,${SOURCE}`,
      `${unique("x")},${pledge.slug},2019-02-30,1,,KEN,Bad date,,https://example.org/report,${SOURCE}`,
      `${unique("x")},${pledge.slug},2019-03-01,-5,,KEN,Negative,,https://example.org/report,${SOURCE}`,
      `${unique("x")},${pledge.slug},2019-03-01,2,,KEN;XYZ,Unknown country,,https://example.org/report,${SOURCE}`,
      `${dup},${pledge.slug},2019-03-01,2,,,"Duplicate in file, ""quoted""","multi\nline",https://example.org/report,${SOURCE}`,
      `${existingExternalId},${pledge.slug},2019-03-01,2,,,Duplicate in DB,,https://example.org/report,${SOURCE}`,
      `${unique("x")},${fielded.slug},2019-03-01,2,no-such-field,,Unknown field,,https://example.org/report,PUBLISHED${SOURCE}`,
    );
    const before = await counts();
    const outcome = await checkImport({ bytes: file, filename: "updates.csv", defaultState: "DRAFT", actor: editor });
    expect(outcome.ok).toBe(false);
    expect(outcome.dryRun).toBe(true);
    expect(outcome.problems.map((p) => [p.line, p.column])).toEqual([
      [2, "pledge"],
      [3, "event_date"],
      [4, "quantity"],
      [5, "country_codes"],
      [6, "external_id"],
      [8, "external_id"],
      [9, "field"],
    ]);
    expect(outcome.problems[0].message).toMatch(/Unknown pledge "nope"/);
    expect(outcome.problems[3].message).toMatch(/XYZ/);
    expect(outcome.problems[4].message).toMatch(/line 2/);
    expect(await counts()).toEqual(before);
  });

  it("reports missing and unknown columns on line 1", async () => {
    const outcome = await checkImport({ bytes: bytes("pledge,title,colour\r\nx,y,z\r\n"), filename: "a.csv", defaultState: "DRAFT", actor: editor });
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        { line: 1, column: "event_date", message: expect.stringMatching(/missing/) },
        { line: 1, column: "quantity", message: expect.stringMatching(/missing/) },
        { line: 1, column: "colour", message: expect.stringMatching(/Unknown column/) },
      ]),
    );
  });

  it("rejects a non-UTF-8, binary, oversized or non-CSV file with a clear message", async () => {
    const latin1 = new Uint8Array([...bytes(`${HEADER}\r\nx,${pledge.slug},2019-01-01,1,,CIV,C`), 0xf4, ...bytes("te d'Ivoire,,,\r\n")]);
    const cases: [Uint8Array, string, RegExp][] = [
      [latin1, "latin1.csv", /not UTF-8/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), "book.csv", /binary/],
      [new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), "big.csv", /limit/],
      [csv(`x,${pledge.slug},2019-01-01,1,,,Title,,https://example.org/report,${SOURCE}`), "updates.xlsx", /\.csv/],
      [new Uint8Array(), "empty.csv", /empty/],
    ];
    for (const [file, filename, message] of cases) {
      const outcome = await checkImport({ bytes: file, filename, defaultState: "DRAFT", actor: editor });
      expect(outcome.ok, filename).toBe(false);
      expect(outcome.problems[0].message, filename).toMatch(message);
    }
  });

  it("refuses anonymous users", async () => {
    await expect(checkImport({ bytes: csv(), filename: "a.csv", defaultState: "DRAFT", actor: null })).rejects.toMatchObject({ status: 401 });
  });
});

describe("confirmed import", () => {
  it("is all or nothing: one bad row and no row is written", async () => {
    const good = unique("good");
    const before = await counts();
    const outcome = await runImport({
      bytes: csv(`${good},${pledge.slug},2019-01-01,1,,KEN,Fine,,https://example.org/report,${SOURCE}`, `${unique("bad")},${pledge.slug},2019-01-01,-1,,KEN,Negative,,https://example.org/report,${SOURCE}`),
      filename: "updates.csv",
      defaultState: "DRAFT",
      actor: editor,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toEqual([expect.objectContaining({ line: 3, column: "quantity" })]);
    expect(await db.progressUpdate.findUnique({ where: { externalId: good } })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("rolls back rows already written when a later write fails", async () => {
    const first = unique("first");
    const before = await counts();
    const row = (externalId: string, line: number) => ({
      line, externalId, pledgeId: pledge.id, fieldId: null, eventDate: new Date("2019-01-01T00:00:00Z"), quantity: 1,
      countryIds: [], title: "row", description: "", publicSummary: null, evidence: [{ source: "INTERPOL" as const, publisher: "INTERPOL", date: new Date("2019-01-15T00:00:00Z"), url: "https://example.org/report", reference: "", visibility: "PUBLIC" as const }], state: "DRAFT" as const,
    });
    await expect(
      db.$transaction((tx) => writeImportRows(tx, [row(first, 2), row(unique("second"), 3), row(existingExternalId, 4)], editor, "test")),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.progressUpdate.findUnique({ where: { externalId: first } })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("imports drafts and submitted updates, each in the audit log", async () => {
    const ids = [unique("ok"), unique("ok"), unique("ok")];
    const file = csv(
      `${ids[0]},${fielded.slug},2019-01-01,3,${fielded.fields[0].slug},KEN;civ,"Lagos, ""Abuja""",,"https://example.org/a\nhttps://example.org/b",${SOURCE}`,
      `${ids[1]},${pledge.slug},2019-02-01,0.5,,,'=1+1,中国 العربية,https://example.org/report,SUBMITTED${SOURCE}`,
      `${ids[2]},${pledge.slug},2019-03-01,2,,,Côte d'Ivoire,,https://example.org/report,${SOURCE}`,
    );
    const check = await checkImport({ bytes: file, filename: "ok.csv", defaultState: "DRAFT", actor: editor });
    expect(check).toMatchObject({ ok: true, rows: 3, problems: [] });
    const outcome = await runImport({ bytes: file, filename: "ok.csv", defaultState: "DRAFT", actor: editor, expectedChecksum: check.checksum });
    expect(outcome).toMatchObject({ ok: true, imported: 3 });

    const stored = await db.progressUpdate.findMany({
      where: { externalId: { in: ids } },
      orderBy: { eventDate: "asc" },
      include: { countries: { include: { country: true } }, evidence: { orderBy: { position: "asc" } } },
    });
    expect(stored.map((u) => u.state)).toEqual(["DRAFT", "SUBMITTED", "DRAFT"]);
    expect(stored.every((u) => u.authorId === editor.id && u.publishedAt === null)).toBe(true);
    expect(stored[0]).toMatchObject({ title: 'Lagos, "Abuja"', quantity: 3, fieldId: fielded.fields[0].id });
    expect(stored[0].countries.map((c) => c.country.iso3).sort()).toEqual(["CIV", "KEN"]);
    expect(stored[0].evidence.map((e) => [e.url, e.source, e.publisher, e.visibility])).toEqual([
      ["https://example.org/a", "INTERPOL", "INTERPOL", "PUBLIC"],
      ["https://example.org/b", "INTERPOL", "INTERPOL", "PUBLIC"],
    ]);
    expect(stored[1]).toMatchObject({ title: "=1+1", description: "中国 العربية" });

    const audit = await db.auditLog.findMany({ where: { action: "update.import", entityId: { in: stored.map((u) => String(u.id)) } } });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.actorId === editor.id && a.entityType === "ProgressUpdate")).toBe(true);

    const again = await checkImport({ bytes: file, filename: "ok.csv", defaultState: "DRAFT", actor: editor });
    expect(again.problems.map((p) => p.column)).toEqual(["external_id", "external_id", "external_id"]);
  });

  it("refuses to confirm a different file than the one checked", async () => {
    const outcome = await runImport({ bytes: csv(), filename: "a.csv", defaultState: "DRAFT", actor: editor, expectedChecksum: "0".repeat(64) });
    expect(outcome).toMatchObject({ ok: false, imported: 0 });
  });
});
