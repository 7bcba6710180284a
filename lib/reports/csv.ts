import { stringify } from "csv-stringify/sync";

export type ColumnType = "text" | "number" | "date" | "datetime" | "boolean";
export type Column<Row> = { header: string; type: ColumnType; description: string; value: (row: Row) => unknown };

// Spreadsheets evaluate a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with a single quote, so it shows as text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula on import, so an exported file imports back to the same values. */
export function restoreFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

function toIso(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString();
}

/** Formats one cell by its column type: numbers stay numbers (a negative one included), text is neutralized. */
export function formatCell(type: ColumnType, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  switch (type) {
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? String(value) : neutralizeFormula(String(value));
    case "date":
      return toIso(value).slice(0, 10);
    case "datetime":
      return toIso(value);
    case "boolean":
      return value === true || value === 1 || value === "1" || value === "true" ? "true" : "false";
    case "text":
      return neutralizeFormula(String(value));
  }
}

const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]|^\s|\s$/ } as const;

/** RFC 4180 text (CRLF line ends, quotes doubled) for one batch of rows. */
export function formatCsvRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => formatCell(c.type, c.value(row)))),
    CSV_OPTIONS,
  );
}

export function formatCsvHeader(columns: readonly Column<unknown>[]): string {
  return stringify([columns.map((c) => c.header)], CSV_OPTIONS);
}

/**
 * Streams a CSV: the header, then one batch per pull from `pages`, so only one page of rows is ever held in
 * memory and a slow client slows the database reads down (backpressure) instead of filling a buffer.
 */
export function createCsvStream<Row>(options: {
  columns: readonly Column<Row>[];
  pages: AsyncIterable<readonly Row[]>;
  bom?: boolean;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = options.pages[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode((options.bom ? "\uFEFF" : "") + formatCsvHeader(options.columns as Column<unknown>[])));
      },
      async pull(controller) {
        try {
          // An empty page enqueues nothing, and the stream would wait forever for this pull: read on.
          for (;;) {
            const next = await iterator.next();
            if (next.done) return controller.close();
            if (next.value.length) return controller.enqueue(encoder.encode(formatCsvRows(options.columns, next.value)));
          }
        } catch (error) {
          console.error(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** `attachment; filename="<report>-<YYYY-MM-DD>.csv"` */
export function csvFilename(report: string, now = new Date()): string {
  return `${report}-${now.toISOString().slice(0, 10)}.csv`;
}

export function csvResponse(options: { report: string; body: ReadableStream<Uint8Array>; now?: Date }): Response {
  return new Response(options.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${csvFilename(options.report, options.now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
