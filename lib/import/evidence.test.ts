import { describe, expect, it } from "vitest";
import { readEvidenceCells } from "./evidence";

function read(cells: Record<string, string>) {
  const problems: [string, string][] = [];
  const rows = readEvidenceCells(cells, (column, message) => problems.push([column, message]));
  return { rows, problems };
}

const one = { evidence_source: "interpol", evidence_publisher: "INTERPOL", evidence_date: "2019-01-15" };

describe("readEvidenceCells", () => {
  it("maps each evidence line to a form item: a link, or else a reference; one value applies to every line", () => {
    expect(read({ ...one, evidence: " https://a.example/x \n\nAnnual report, p. 4" })).toEqual({
      rows: [
        { url: "https://a.example/x", reference: "", source: "INTERPOL", publisher: "INTERPOL", date: "2019-01-15", visibility: "PUBLIC" },
        { url: undefined, reference: "Annual report, p. 4", source: "INTERPOL", publisher: "INTERPOL", date: "2019-01-15", visibility: "PUBLIC" },
      ],
      problems: [],
    });
  });

  it("treats anything with a scheme as a link, for the form's schema to judge", () => {
    expect(read({ ...one, evidence: "javascript:alert(1)" }).rows[0].url).toBe("javascript:alert(1)");
  });

  it("takes one value per line, choices in any case", () => {
    const { rows } = read({ ...one, evidence: "https://a.example\nhttps://b.example", evidence_source: "Government\nrecipient", evidence_visibility: "internal\nPUBLIC" });
    expect(rows.map((r) => [r.source, r.visibility])).toEqual([["GOVERNMENT", "INTERNAL"], ["RECIPIENT", "PUBLIC"]]);
  });

  it("reports a column whose values do not match the evidence lines", () => {
    const { problems, rows } = read({ ...one, evidence: "https://a.example\nhttps://b.example", evidence_date: "2019-01-01\n2019-01-02\n2019-01-03" });
    expect(problems).toEqual([["evidence_date", "Give one value for every evidence line, or one per line: 2 evidence lines, 3 values."]]);
    expect(rows).toHaveLength(2);
  });

  it("returns no items for an empty cell (the form's schema then asks for evidence)", () => {
    expect(read({ ...one, evidence: "  \n " })).toEqual({ rows: [], problems: [] });
  });
});
