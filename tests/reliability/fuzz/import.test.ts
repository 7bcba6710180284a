import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { IMPORT_COLUMNS } from "@/lib/import/parse";
import { checkImport, runImport, type ImportOutcome } from "@/lib/import/run";
import { seedReference } from "@/lib/seed/reference";
import { createActor } from "../../integration/helpers";
import { digestDatabase, fuzzOptions, nastyText } from "./support";

// The CSV importer: any uploaded bytes get a dry-run report or an import, never an exception; a refused import
// (and every dry run) leaves the database as it was, and an accepted one writes whole rows only.
let editor: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
});

const HEADERS = [...IMPORT_COLUMNS, "id", "pledge_title", "colour", "PLEDGE", " title "];
const CELL = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.constantFrom("training", "joint-operations", "systems-and-labs", "KEN;GHA", "KEN;XYZ", "2019-06-01", "5", "DRAFT", "SUBMITTED", "https://example.org\nA citation") },
);
let serial = 0;
const csvFile = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 12 }), fc.array(fc.array(CELL, { maxLength: 12 }), { maxLength: 6 }))
  .map(([header, rows]) => {
    const withIds = rows.map((row) => header.map((h, i) => (h === "external_id" ? `fuzz-${++serial}-${row[i] ?? ""}`.slice(0, 120) : (row[i] ?? ""))));
    return new TextEncoder().encode(stringify([header, ...withIds]));
  });
const validFile = fc.constant(null).map(() =>
  new TextEncoder().encode(
    stringify([
      ["external_id", "pledge", "event_date", "quantity", "country_codes", "title", "evidence", "evidence_source", "evidence_publisher", "evidence_date"],
      [`fuzz-valid-${++serial}`, "training", "2019-06-01", "12", "KEN;GHA", "Course", "https://example.org/report", "government", "Ministry", "2019-06-02"],
    ]),
  ),
);
const upload = fc.record({
  bytes: fc.oneof({ weight: 4, arbitrary: csvFile }, { weight: 1, arbitrary: validFile }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }).map((s) => new TextEncoder().encode(s)) }),
  filename: fc.oneof({ weight: 5, arbitrary: fc.constant("updates.csv") }, { weight: 1, arbitrary: nastyText }),
  defaultState: fc.constantFrom("DRAFT" as const, "SUBMITTED" as const),
});

function expectReport(outcome: ImportOutcome) {
  expect(outcome.message).toMatch(/\S/);
  if (!outcome.ok) expect(outcome.imported).toBe(0);
  for (const problem of outcome.problems) expect(problem.message).toMatch(/\S/);
}

describe("fuzz: CSV import", () => {
  it("any upload gets a dry-run report, and the dry run writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(upload, async (input) => {
        const before = await digestDatabase();
        expectReport(await checkImport({ ...input, actor: editor }));
        expect(await digestDatabase()).toEqual(before);
      }),
      fuzzOptions(2),
    );
  });

  it("any confirmed upload imports whole rows or nothing at all", async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(upload, async (input) => {
        const before = await digestDatabase();
        const outcome = await runImport({ ...input, actor: editor });
        expectReport(outcome);
        if (!outcome.ok) return void expect(await digestDatabase()).toEqual(before);
        imported += outcome.imported;
        const rows = await db.progressUpdate.findMany({ orderBy: { id: "desc" }, take: outcome.imported });
        const audited = await db.auditLog.count({ where: { action: "update.import", entityId: { in: rows.map((r) => String(r.id)) } } });
        expect(audited).toBe(outcome.imported);
      }),
      fuzzOptions(2),
    );
    expect(imported, "some generated files were valid and imported").toBeGreaterThan(0);
  });
});
