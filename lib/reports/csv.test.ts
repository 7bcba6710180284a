import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { createCsvStream, csvFilename, formatCell, formatCsvRows, neutralizeFormula, restoreFormula, type Column } from "./csv";

type Row = { text: string; n: number | null };
const columns: Column<Row>[] = [
  { header: "text", type: "text", description: "", value: (r) => r.text },
  { header: "n", type: "number", description: "", value: (r) => r.n },
];

describe("formula injection", () => {
  it.each(["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])("escapes %j with a single quote", (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
    expect(restoreFormula(neutralizeFormula(text))).toBe(text);
  });

  it("leaves ordinary text alone, including a leading quote that is not an escape", () => {
    for (const text of ["plain", "a=b", "'quoted'", "Côte d'Ivoire", "中国", "العربية", " 1"]) {
      expect(neutralizeFormula(text)).toBe(text);
      expect(restoreFormula(text)).toBe(text);
    }
  });

  it("keeps a real negative number in a numeric column a number", () => {
    expect(formatCell("number", -12.5)).toBe("-12.5");
    expect(formatCell("number", 0)).toBe("0");
    expect(formatCell("text", "-12.5")).toBe("'-12.5");
  });

  it("writes numbers exactly as String does", () => {
    const numbers = [1, -1, 1_000_000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 60, 1e21, 0.1 + 0.2, -4.5, 1e-7, -0];
    for (const n of numbers) expect(formatCell("number", n)).toBe(String(n));
    expect(formatCell("number", Number.NaN)).toBe("NaN");
  });

  it("writes ISO 8601 dates, empty cells for null and true/false booleans", () => {
    const at = new Date("2019-03-01T10:20:30.000Z");
    expect(formatCell("date", at)).toBe("2019-03-01");
    expect(formatCell("datetime", "2019-03-01T10:20:30.000+00:00")).toBe("2019-03-01T10:20:30.000Z");
    expect(formatCell("text", null)).toBe("");
    expect(formatCell("boolean", 1)).toBe("true");
    expect(formatCell("boolean", false)).toBe("false");
  });
});

describe("RFC 4180", () => {
  const tricky = ["a,b", 'say "hi"', "line\nbreak", "cr\rlf\r\n", "", " padded ", "中国, العربية", "=1+1"];

  it("quotes commas, quotes and line breaks, ends records with CRLF and parses back", () => {
    const text = formatCsvRows(columns, tricky.map((t, i) => ({ text: t, n: i - 3.5 })));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"say ""hi"""');
    expect(text).toContain('"line\nbreak"');
    const rows = parse(text) as string[][];
    expect(rows.map((r) => r[0])).toEqual(tricky.map((t) => neutralizeFormula(t)));
    expect(rows.map((r) => Number(r[1]))).toEqual(tricky.map((_, i) => i - 3.5));
  });

  it("writes exactly what csv-stringify writes for the same cells", () => {
    const rows = [...tricky, "\"", ",", "a\"b", "\u00a0nbsp", "tab\tinside"].map((t, i) => ({ text: t, n: i * -1.25 }));
    const reference = stringify(
      rows.map((r) => columns.map((c) => formatCell(c.type, c.value(r)))),
      { record_delimiter: "windows", quoted_match: /[\r\n]|^\s|\s$/ },
    );
    expect(formatCsvRows(columns, rows)).toBe(reference);
  });

  it("streams the header, a BOM on request, then every page", async () => {
    const pages: Row[][] = [[{ text: "x", n: 1 }], [], [{ text: "y,z", n: null }]];
    const nextPage = async () => pages.shift() ?? null;
    const bytes = new Uint8Array(await new Response(createCsvStream({ columns, nextPage, bom: true })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('text,n\r\nx,1\r\n"y,z",\r\n');
  });

  it("names the file after the report and the day", () => {
    expect(csvFilename("updates-log", new Date("2026-01-02T23:00:00Z"))).toBe("updates-log-2026-01-02.csv");
  });
});
