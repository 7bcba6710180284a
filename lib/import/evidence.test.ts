import { describe, expect, it } from "vitest";
import { readEvidenceCells } from "./evidence";

function read(cells: Record<string, string>) {
  const problems: [string, string][] = [];
  const rows = readEvidenceCells(cells, (column, message) => problems.push([column, message]));
  return { rows, problems };
}

describe("readEvidenceCells", () => {
  it("infers links and citations line by line when no kinds are given", () => {
    expect(read({ evidence: " https://a.example/x \n\nAnnual report, p. 4\r\nHTTP://b.example" })).toEqual({
      rows: [
        { kind: "LINK", value: "https://a.example/x" },
        { kind: "CITATION", value: "Annual report, p. 4" },
        { kind: "LINK", value: "HTTP://b.example" },
      ],
      problems: [],
    });
  });

  it("takes one kind per line, in the form's terms, case-insensitively", () => {
    expect(read({ evidence: "https://a.example\nhttps://b.example", evidence_kind: "link\nCitation" }).rows).toEqual([
      { kind: "LINK", value: "https://a.example" },
      { kind: "CITATION", value: "https://b.example" },
    ]);
  });

  it("reports a count mismatch or an unknown kind, and still returns rows for the other checks", () => {
    const mismatch = read({ evidence: "a\nb", evidence_kind: "citation" });
    expect(mismatch.problems).toEqual([["evidence_kind", "Give one kind per evidence line: 2 evidence lines, 1 kinds."]]);
    expect(mismatch.rows).toHaveLength(2);
    const unknown = read({ evidence: "a", evidence_kind: "rumour" });
    expect(unknown.problems[0][1]).toMatch(/Unknown evidence kind "rumour" on evidence line 1/);
    expect(unknown.rows).toEqual([{ kind: "CITATION", value: "a" }]);
  });

  it("returns no rows for an empty cell (the form's schema then asks for evidence)", () => {
    expect(read({ evidence: "  \n " })).toEqual({ rows: [], problems: [] });
  });
});
