import { CsvError, parse } from "csv-parse/sync";
import { restoreFormula } from "@/lib/reports/csv";
import { EVIDENCE_COLUMNS } from "./evidence";

/** Upload limit: well under the server-action body limit (1 MB), about 5,000 typical rows. */
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export type ImportProblem = { line: number; column: string | null; message: string };
export type ParsedRow = { line: number; cells: Record<string, string> };

/** Columns the import reads; the others the export writes (id, names, published_*) are accepted and ignored. */
export const IMPORT_COLUMNS = ["external_id", "pledge", "event_date", "quantity", "field", "country_codes", "title", "description", "public_summary", ...EVIDENCE_COLUMNS, "state"] as const;
export const REQUIRED_COLUMNS = ["pledge", "event_date", "quantity", "title"] as const;
const IGNORED_COLUMNS = ["id", "pledge_title", "field_name", "country_names", "published_at", "published_by", "independent_review", "is_sample", "evidence_level", "evidence_documents", "internal_evidence"];

export class ImportFileError extends Error {
  override name = "ImportFileError";
}

/** Decodes strict UTF-8 (a BOM is allowed); anything else is refused with a message that says how to fix it. */
export function decodeCsv(bytes: Uint8Array, filename = "file"): string {
  if (bytes.byteLength === 0) throw new ImportFileError("The file is empty.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`The file is ${(bytes.byteLength / 1024).toFixed(0)} KB; the limit is ${MAX_IMPORT_BYTES / 1024} KB. Split it into smaller files.`);
  }
  if (!/\.csv$/i.test(filename)) throw new ImportFileError("Only .csv files can be imported.");
  if (bytes.includes(0)) throw new ImportFileError("This is not a CSV text file (it contains binary data). Save it as CSV UTF-8.");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError("The file is not UTF-8 encoded. In Excel, use Save As → \"CSV UTF-8 (Comma delimited)\".");
  }
}

/** Parses the CSV into rows keyed by header, each with its line number; structural problems are reported, not thrown. */
export function parseImportCsv(text: string): { rows: ParsedRow[]; problems: ImportProblem[] } {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      return { rows: [], problems: [{ line, column: null, message: `The file is not valid CSV: ${error.message}` }] };
    }
    throw error;
  }
  if (!records.length) return { rows: [], problems: [{ line: 1, column: null, message: "The file has no header row." }] };
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) problems.push({ line: 1, column, message: `The required column "${column}" is missing.` });
  }
  for (const column of header) {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(column) && !IGNORED_COLUMNS.includes(column)) {
      problems.push({ line: 1, column, message: `Unknown column "${column}". Use the updates log export's column names.` });
    }
  }
  const duplicates = header.filter((h, i) => header.indexOf(h) !== i);
  for (const column of new Set(duplicates)) problems.push({ line: 1, column, message: `The column "${column}" appears twice.` });
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    problems.push({ line: 1, column: null, message: `The file has ${records.length - 1} rows; the limit is ${MAX_IMPORT_ROWS}.` });
  }
  if (records.length === 1) problems.push({ line: 1, column: null, message: "The file has a header but no rows." });
  if (problems.length) return { rows: [], problems };
  const rows: ParsedRow[] = [];
  for (const [i, { record, info }] of records.entries()) {
    if (i === 0) continue;
    // info.lines is where a record ends; a quoted cell may span lines, so report the line where it starts.
    const previous = records[i - 1].info;
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    if (record.length !== header.length) {
      problems.push({ line, column: null, message: `This row has ${record.length} cells; the header has ${header.length}.` });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((column, i) => (cells[column] = restoreFormula(record[i].trim())));
    rows.push({ line, cells });
  }
  return { rows, problems };
}
