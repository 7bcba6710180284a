import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORTS } from "@/lib/reports/catalog";

// The README documents every report's columns; this keeps the documentation and the code in step.
describe("README report documentation", () => {
  const readme = readFileSync("README.md", "utf8");

  it.each(REPORTS.map((r) => [r.name, r] as const))("documents %s with every column, in order", (name, report) => {
    const start = readme.indexOf(`### \`GET /reports/${name}.csv\``);
    expect(start, `README section for ${name}`).toBeGreaterThan(-1);
    const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
    const documented = [...section.matchAll(/^\| `([a-z_0-9]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(report.columns.map((c) => c.header));
  });
});
