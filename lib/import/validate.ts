import type { Db, Measure, Tx, UpdateState } from "@/lib/db";
import { findUpdateRuleErrors } from "@/lib/updates/rules";
import { updateSchema, type UpdateInput, type ValidUpdate } from "@/lib/updates/schema";
import { EVIDENCE_COLUMN_OF, readEvidenceCells } from "./evidence";
import type { ImportProblem, ParsedRow } from "./parse";

export type ImportableState = Extract<UpdateState, "DRAFT" | "SUBMITTED" | "PUBLISHED">;

/** A checked row: the form's validated update, plus what only an import has. */
export type ImportRow = ValidUpdate & { line: number; externalId: string | null; state: ImportableState };

/** The update form's field names → the CSV columns they come from, to report the form's messages by column. */
const COLUMN_OF: Record<string, string> = {
  pledgeId: "pledge",
  fieldId: "field",
  eventDate: "event_date",
  quantity: "quantity",
  countryIds: "country_codes",
  title: "title",
  description: "description",
  publicSummary: "public_summary",
  evidence: "evidence",
};
const STATES: readonly string[] = ["DRAFT", "SUBMITTED", "PUBLISHED"] satisfies ImportableState[];

type Lookups = {
  pledgeBySlug: Map<string, { id: number; slug: string; fieldLabel: string; periodStart: Date; periodEnd: Date; measure: Measure; fields: { id: number; slug: string }[] }>;
  countryByCode: Map<string, number>;
};

/**
 * One row → the update form's input, the same shape the form's actions receive. Only what a CSV spells differently
 * is resolved here (pledge and field slugs, country codes, evidence lines); everything else is left to the form's
 * schema and rules. Unknown names are reported against their column.
 */
function toUpdateInput(cells: Record<string, string>, lookups: Lookups, report: (column: string, message: string) => void) {
  const pledge = lookups.pledgeBySlug.get(cells.pledge ?? "");
  if (cells.pledge && !pledge) report("pledge", `Unknown pledge "${cells.pledge}". Use one of: ${[...lookups.pledgeBySlug.keys()].join(", ")}.`);
  let fieldId: number | "" = "";
  if (cells.field && pledge) {
    const field = pledge.fields.find((f) => f.slug === cells.field);
    if (!field) report("field", `Unknown field "${cells.field}" for ${pledge.slug}. Use one of: ${pledge.fields.map((f) => f.slug).join(", ") || "none"}.`);
    else fieldId = field.id;
  }
  const countryIds: number[] = [];
  for (const code of (cells.country_codes ?? "").split(";").map((c) => c.trim().toUpperCase()).filter(Boolean)) {
    const id = lookups.countryByCode.get(code);
    if (id === undefined) report("country_codes", `Unknown country code "${code}"; use ISO 3166-1 alpha-3 codes such as KEN.`);
    else if (!countryIds.includes(id)) countryIds.push(id);
  }
  const input: UpdateInput = {
    pledgeId: pledge?.id ?? "",
    fieldId,
    eventDate: cells.event_date ?? "",
    quantity: cells.quantity ?? "",
    countryIds,
    title: cells.title ?? "",
    description: cells.description ?? "",
    publicSummary: cells.public_summary ?? "",
    evidence: readEvidenceCells(cells, report),
  };
  return { pledge, input };
}

/**
 * Checks every row with the update form's schema and rules (lib/updates/schema.ts, lib/updates/rules.ts), plus what
 * only an import has (external ids, the state column), and reports every problem with its line and column. Rows
 * come back ready to write only when there is no problem at all.
 */
export async function validateImportRows(
  client: Db | Tx,
  rows: ParsedRow[],
  options: { defaultState: ImportableState },
): Promise<{ rows: ImportRow[]; problems: ImportProblem[] }> {
  const externalIds = rows.map((r) => r.cells.external_id).filter(Boolean);
  const [pledges, countries, taken] = await Promise.all([
    client.pledge.findMany({
      select: { id: true, slug: true, fieldLabel: true, periodStart: true, periodEnd: true, measure: true, fields: { select: { id: true, slug: true } } },
    }),
    client.country.findMany({ select: { id: true, iso3: true } }),
    externalIds.length
      ? client.progressUpdate.findMany({ where: { externalId: { in: externalIds } }, select: { externalId: true } })
      : Promise.resolve([]),
  ]);
  const lookups: Lookups = { pledgeBySlug: new Map(pledges.map((p) => [p.slug, p])), countryByCode: new Map(countries.map((c) => [c.iso3, c.id])) };
  const takenIds = new Set(taken.map((t) => t.externalId));
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const valid: ImportRow[] = [];

  for (const { line, cells } of rows) {
    const reported = new Set<string>();
    const report = (column: string, message: string) => {
      reported.add(column);
      problems.push({ line, column, message });
    };
    // A name already reported as unknown is not reported again as missing.
    const reportOnce = (column: string, message: string) => reported.has(column) || report(column, message);
    const before = problems.length;

    const externalId = cells.external_id || null;
    if (externalId) {
      if (externalId.length > 100) report("external_id", "Use at most 100 characters.");
      else if (takenIds.has(externalId)) report("external_id", `An update with the external id "${externalId}" already exists.`);
      else if (seen.has(externalId)) report("external_id", `Duplicate external id "${externalId}" (also on line ${seen.get(externalId)}).`);
      seen.set(externalId, seen.get(externalId) ?? line);
    }

    const { pledge, input } = toUpdateInput(cells, lookups, report);
    const parsed = updateSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const inItem = issue.path[0] === "evidence" && typeof issue.path[1] === "number";
        const column = (inItem ? EVIDENCE_COLUMN_OF[String(issue.path[2])] : undefined) ?? COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0]);
        const item = inItem ? `Evidence line ${Number(issue.path[1]) + 1}: ` : "";
        if (!reported.has(column)) problems.push({ line, column, message: item + issue.message });
      }
    } else if (pledge) {
      for (const [field, messages] of Object.entries(findUpdateRuleErrors(pledge, parsed.data))) {
        for (const message of messages) reportOnce(COLUMN_OF[field] ?? field, message);
      }
    }

    const state = (cells.state || options.defaultState).toUpperCase();
    if (!STATES.includes(state)) report("state", `Imported updates are DRAFT, SUBMITTED or PUBLISHED, never "${cells.state}".`);

    if (problems.length === before && parsed.success) valid.push({ ...parsed.data, line, externalId, state: state as ImportableState });
  }
  return { rows: problems.length ? [] : valid, problems };
}
