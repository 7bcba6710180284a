import type { Db, Tx, UpdateState } from "@/lib/db";
import type { ImportProblem, ParsedRow } from "./parse";

export type ImportableState = Extract<UpdateState, "DRAFT" | "SUBMITTED">;

export type ImportRow = {
  line: number;
  externalId: string | null;
  pledgeId: number;
  fieldId: number | null;
  eventDate: Date;
  quantity: number;
  countryIds: number[];
  title: string;
  description: string;
  evidence: { kind: "LINK" | "CITATION"; url: string | null; citation: string | null }[];
  state: ImportableState;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/**
 * Checks every row against the database (pledges, fields, countries, existing external ids) and reports every
 * problem with its line and column. Rows come back ready to write only when there is no problem at all.
 */
export async function validateImportRows(
  client: Db | Tx,
  rows: ParsedRow[],
  options: { defaultState: ImportableState },
): Promise<{ rows: ImportRow[]; problems: ImportProblem[] }> {
  const externalIds = rows.map((r) => r.cells.external_id).filter(Boolean);
  const [pledges, countries, taken] = await Promise.all([
    client.pledge.findMany({ select: { id: true, slug: true, fields: { select: { id: true, slug: true } } } }),
    client.country.findMany({ select: { id: true, iso3: true } }),
    externalIds.length
      ? client.progressUpdate.findMany({ where: { externalId: { in: externalIds } }, select: { externalId: true } })
      : Promise.resolve([]),
  ]);
  const pledgeBySlug = new Map(pledges.map((p) => [p.slug, p]));
  const countryByCode = new Map(countries.map((c) => [c.iso3, c.id]));
  const takenIds = new Set(taken.map((t) => t.externalId));
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const valid: ImportRow[] = [];

  for (const { line, cells } of rows) {
    const report = (column: string, message: string) => problems.push({ line, column, message });
    const before = problems.length;

    const externalId = cells.external_id || null;
    if (externalId) {
      if (externalId.length > 100) report("external_id", "Use at most 100 characters.");
      else if (takenIds.has(externalId)) report("external_id", `An update with the external id "${externalId}" already exists.`);
      else if (seen.has(externalId)) report("external_id", `Duplicate external id "${externalId}" (also on line ${seen.get(externalId)}).`);
      seen.set(externalId, seen.get(externalId) ?? line);
    }

    const pledge = pledgeBySlug.get(cells.pledge ?? "");
    if (!cells.pledge) report("pledge", "The pledge is required.");
    else if (!pledge) report("pledge", `Unknown pledge "${cells.pledge}". Use one of: ${[...pledgeBySlug.keys()].join(", ")}.`);

    let fieldId: number | null = null;
    if (cells.field && pledge) {
      const field = pledge.fields.find((f) => f.slug === cells.field);
      if (!field) report("field", `Unknown field "${cells.field}" for ${pledge.slug}. Use one of: ${pledge.fields.map((f) => f.slug).join(", ") || "none"}.`);
      else fieldId = field.id;
    }

    const eventDate = parseDay(cells.event_date ?? "");
    if (!cells.event_date) report("event_date", "The event date is required.");
    else if (!eventDate) report("event_date", `"${cells.event_date}" is not a date; use YYYY-MM-DD.`);

    const quantity = cells.quantity === "" || cells.quantity === undefined ? NaN : Number(cells.quantity);
    if (!cells.quantity) report("quantity", "The quantity is required.");
    else if (!Number.isFinite(quantity)) report("quantity", `"${cells.quantity}" is not a number.`);
    else if (quantity < 0) report("quantity", "The quantity cannot be negative.");

    const countryIds: number[] = [];
    for (const code of (cells.country_codes ?? "").split(";").map((c) => c.trim().toUpperCase()).filter(Boolean)) {
      const id = countryByCode.get(code);
      if (id === undefined) report("country_codes", `Unknown country code "${code}"; use ISO 3166-1 alpha-3 codes such as KEN.`);
      else if (!countryIds.includes(id)) countryIds.push(id);
    }

    const title = cells.title ?? "";
    if (!title) report("title", "The title is required.");
    else if (title.length > 200) report("title", "Use at most 200 characters.");

    const state = (cells.state || options.defaultState).toUpperCase();
    if (state !== "DRAFT" && state !== "SUBMITTED") report("state", `Imported updates are DRAFT or SUBMITTED, never "${cells.state}".`);

    const evidence: ImportRow["evidence"] = [];
    for (const item of (cells.evidence ?? "").split(/\r?\n/).map((e) => e.trim()).filter(Boolean)) {
      if (/^https?:\/\//i.test(item)) {
        if (URL.canParse(item)) evidence.push({ kind: "LINK", url: item, citation: null });
        else report("evidence", `"${item}" is not a valid link.`);
      } else evidence.push({ kind: "CITATION", url: null, citation: item });
    }

    if (problems.length === before && pledge && eventDate) {
      valid.push({
        line, externalId, pledgeId: pledge.id, fieldId, eventDate, quantity, countryIds, title,
        description: cells.description ?? "", evidence, state: state as ImportableState,
      });
    }
  }
  return { rows: problems.length ? [] : valid, problems };
}
