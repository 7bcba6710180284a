import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { checkImport, runImport } from "@/lib/import/run";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate } from "@/lib/updates/actions";
import { createTestPledge, unique } from "../factories";
import { createActor, updateInput } from "./helpers";

// Issue 10, section 6: one set of rules for every way in. Each case breaks one rule of the update form, once
// through the form's action and once as a CSV row; both must refuse, on the same field, with the same message.

const HEADER = [
  "external_id", "pledge", "event_date", "quantity", "field", "country_codes", "title", "description",
  "evidence", "evidence_source", "evidence_publisher", "evidence_date", "evidence_reference", "evidence_visibility",
];
const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
const csvOf = (cells: Record<string, string>) =>
  new TextEncoder().encode([HEADER.join(","), HEADER.map((h) => quote(cells[h] ?? "")).join(",")].join("\r\n") + "\r\n");

type Pledge = Awaited<ReturnType<typeof createTestPledge>>;
let editor: SessionUser;
let plain: Pledge;
let fielded: Pledge;
let countries: Pledge;

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  plain = await createTestPledge(db);
  fielded = await createTestPledge(db, { fields: ["labs", "college"] });
  countries = await createTestPledge(db, { measure: "DISTINCT_COUNTRIES" });
});

/** A valid CSV row for `pledge`, the same update as updateInput(pledge) in the form's terms. */
function validCells(pledge: Pledge): Record<string, string> {
  return {
    external_id: unique("parity"),
    pledge: pledge.slug,
    event_date: "2019-06-01",
    quantity: "4",
    field: pledge.fields[0]?.slug ?? "",
    country_codes: pledge.measure === "DISTINCT_COUNTRIES" ? "KEN" : "",
    title: "Joint operation",
    description: "Joint operation across the region.",
    evidence: "https://www.interpol.int/en/News-and-Events",
    evidence_source: "interpol",
    evidence_publisher: "INTERPOL",
    evidence_date: "2019-01-15",
    evidence_reference: "",
    evidence_visibility: "",
  };
}

const ITEM = { source: "INTERPOL", publisher: "INTERPOL", date: "2019-01-15", url: "https://www.interpol.int/en/News-and-Events" };
const item = (overrides: Record<string, unknown>) => [{ ...ITEM, ...overrides }];
const manyLinks = Array.from({ length: 21 }, (_, i) => `https://example.org/report/${i + 1}`);
const longLink = `https://example.org/${"a".repeat(1000)}`;

// [rule, pledge, form field, form overrides, CSV cells]
const CASES: [string, () => Pledge, string, Record<string, unknown>, Record<string, string>][] = [
  ["evidence is required", () => plain, "evidence", { evidence: [] }, { evidence: "" }],
  ["at most 20 evidence items", () => plain, "evidence", { evidence: manyLinks.map((url) => ({ ...ITEM, url })) }, { evidence: manyLinks.join("\n") }],
  ["an item has a link or a document", () => plain, "evidence.0.url", { evidence: item({ url: undefined, reference: "Annual report, p. 4" }) }, { evidence: "Annual report, p. 4" }],
  ["a link is an http(s) URL", () => plain, "evidence.0.url", { evidence: item({ url: "javascript:alert(1)" }) }, { evidence: "javascript:alert(1)" }],
  ["a link is at most 1,000 characters", () => plain, "evidence.0.url", { evidence: item({ url: longLink }) }, { evidence: longLink }],
  ["an item names its kind of source", () => plain, "evidence.0.source", { evidence: item({ source: undefined }) }, { evidence_source: "" }],
  ["the kind of source is one of the form's", () => plain, "evidence.0.source", { evidence: item({ source: "RUMOUR" }) }, { evidence_source: "rumour" }],
  ["an item names its publisher", () => plain, "evidence.0.publisher", { evidence: item({ publisher: undefined }) }, { evidence_publisher: "" }],
  ["an item's date is not in the future", () => plain, "evidence.0.date", { evidence: item({ date: "2999-01-01" }) }, { evidence_date: "2999-01-01" }],
  ["the visibility is public or internal", () => plain, "evidence.0.visibility", { evidence: item({ visibility: "SECRET" }) }, { evidence_visibility: "secret" }],
  ["a reference is at most 500 characters", () => plain, "evidence.0.reference", { evidence: item({ reference: "r".repeat(501) }) }, { evidence_reference: "r".repeat(501) }],
  ["the event date is a date", () => plain, "eventDate", { eventDate: "2019-02-30" }, { event_date: "2019-02-30" }],
  ["the event date is not in the future", () => plain, "eventDate", { eventDate: "2999-01-01" }, { event_date: "2999-01-01" }],
  ["the event date is not before the period", () => plain, "eventDate", { eventDate: "2017-09-25" }, { event_date: "2017-09-25" }],
  ["the event date is not after the period", () => plain, "eventDate", { eventDate: "2022-09-26" }, { event_date: "2022-09-26" }],
  ["the field is required where the pledge has fields", () => fielded, "fieldId", { fieldId: "" }, { field: "" }],
  ["countries are required for a country-counted pledge", () => countries, "countryIds", { countryIds: [] }, { country_codes: "" }],
  ["the quantity is required", () => plain, "quantity", { quantity: "" }, { quantity: "" }],
  ["the quantity is a number", () => plain, "quantity", { quantity: "twelve" }, { quantity: "twelve" }],
  ["the quantity is not negative", () => plain, "quantity", { quantity: "-1" }, { quantity: "-1" }],
  ["the quantity has an upper limit", () => plain, "quantity", { quantity: "1000000001" }, { quantity: "1000000001" }],
  ["the title has at least 3 characters", () => plain, "title", { title: "ab" }, { title: "ab" }],
  ["the title is at most 200 characters", () => plain, "title", { title: "t".repeat(201) }, { title: "t".repeat(201) }],
  ["the description is at most 5,000 characters", () => plain, "description", { description: "d".repeat(5001) }, { description: "d".repeat(5001) }],
];

const COLUMN: Record<string, string> = {
  evidence: "evidence", "evidence.0.url": "evidence", "evidence.0.source": "evidence_source", "evidence.0.publisher": "evidence_publisher",
  "evidence.0.date": "evidence_date", "evidence.0.visibility": "evidence_visibility", "evidence.0.reference": "evidence_reference",
  eventDate: "event_date", fieldId: "field", countryIds: "country_codes", quantity: "quantity", title: "title", description: "description",
};

describe("importer parity with the update form", () => {
  it("accepts the valid row and the valid form alike (the cases below break one rule each)", async () => {
    for (const pledge of [plain, fielded, countries]) {
      const [ken] = await db.country.findMany({ where: { iso3: "KEN" }, select: { id: true } });
      await createUpdate(editor, updateInput(pledge, { countryIds: pledge.measure === "DISTINCT_COUNTRIES" ? [ken.id] : [] }));
      const outcome = await checkImport({ bytes: csvOf(validCells(pledge)), filename: "ok.csv", defaultState: "DRAFT", actor: editor });
      expect(outcome.problems, pledge.slug).toEqual([]);
    }
  });

  it.each(CASES)("%s: the form and the import refuse it the same way", async (_rule, pledgeOf, field, formOverrides, cells) => {
    const pledge = pledgeOf();
    const error = await createUpdate(editor, updateInput(pledge, formOverrides)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const formMessages = (error as ValidationError).fields![field];
    expect(formMessages, `form errors: ${JSON.stringify((error as ValidationError).fields)}`).toBeDefined();

    const bytes = csvOf({ ...validCells(pledge), ...cells });
    const outcome = await checkImport({ bytes, filename: "rule.csv", defaultState: "DRAFT", actor: editor });
    const problems = outcome.problems.filter((p) => p.column === COLUMN[field]);
    expect(problems.map((p) => p.message.replace(/^Evidence line \d+: /, ""))).toEqual(formMessages);

    // The confirmed import checks again inside its transaction and writes nothing.
    const before = await db.progressUpdate.count();
    expect(await runImport({ bytes, filename: "rule.csv", defaultState: "SUBMITTED", actor: editor })).toMatchObject({ ok: false, imported: 0 });
    expect(await db.progressUpdate.count()).toBe(before);
  });

  it("reads evidence sources and visibility in the form's terms, one per evidence line or one for all", async () => {
    const externalId = unique("sources");
    const cells = {
      ...validCells(plain), external_id: externalId, evidence: "https://example.org/release\nhttps://example.org/confirmation",
      evidence_source: "government\nRECIPIENT", evidence_visibility: "public\ninternal", evidence_reference: "p. 4",
    };
    expect(await runImport({ bytes: csvOf(cells), filename: "sources.csv", defaultState: "DRAFT", actor: editor })).toMatchObject({ ok: true, imported: 1 });
    const stored = await db.progressUpdate.findUniqueOrThrow({ where: { externalId }, include: { evidence: { orderBy: { position: "asc" } } } });
    expect(stored.evidence.map((e) => [e.url, e.source, e.publisher, e.sourceDate?.toISOString().slice(0, 10), e.citation, e.visibility])).toEqual([
      ["https://example.org/release", "GOVERNMENT", "INTERPOL", "2019-01-15", "p. 4", "PUBLIC"],
      ["https://example.org/confirmation", "RECIPIENT", "INTERPOL", "2019-01-15", "p. 4", "INTERNAL"],
    ]);

    const mismatched = await checkImport({ bytes: csvOf({ ...cells, external_id: unique("s"), evidence_source: "government\nrecipient\ninterpol" }), filename: "s.csv", defaultState: "DRAFT", actor: editor });
    expect(mismatched.problems).toEqual([expect.objectContaining({ column: "evidence_source", message: expect.stringMatching(/2 evidence lines, 3 values/) })]);
  });
});
