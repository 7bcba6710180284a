import { describe, expect, it } from "vitest";
import { readUpdateForm, updateSchema } from "./schema";

const valid = {
  pledgeId: "1",
  fieldId: "",
  eventDate: "2019-05-01",
  quantity: "3",
  countryIds: ["4", "5"],
  title: "Operation First Light",
  description: "",
  evidence: [{ source: "INTERPOL", publisher: "INTERPOL", date: "2019-05-02", url: "https://www.interpol.int/news" }],
};

describe("updateSchema", () => {
  it("accepts a complete update and coerces form strings", () => {
    const parsed = updateSchema.parse(valid);
    expect(parsed).toMatchObject({ pledgeId: 1, fieldId: null, quantity: 3, countryIds: [4, 5] });
    expect(parsed.eventDate.toISOString()).toBe("2019-05-01T00:00:00.000Z");
  });

  it("reports each problem on its own field", () => {
    const result = updateSchema.safeParse({ ...valid, title: "x", quantity: "-1", eventDate: "2999-01-01", evidence: [] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "quantity", "eventDate", "evidence"]));
  });

  it("requires each item's source, publisher, date, and a link or a document; links are http(s) URLs", () => {
    const item = valid.evidence[0];
    const bad = updateSchema.safeParse({ ...valid, evidence: [{ ...item, url: "javascript:alert(1)" }] });
    expect(bad.error?.issues[0].path.join(".")).toBe("evidence.0.url");
    const missing = updateSchema.safeParse({ ...valid, evidence: [{ reference: "p. 4" }] });
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["evidence.0.source", "evidence.0.publisher", "evidence.0.date", "evidence.0.url"]));
    expect(updateSchema.safeParse({ ...valid, evidence: [{ ...item, date: "2999-01-01" }] }).error?.issues[0].path.join(".")).toBe("evidence.0.date");
    const documentOnly = updateSchema.parse({ ...valid, evidence: [{ ...item, url: "", documentId: "7", reference: "p. 12", visibility: "INTERNAL" }] });
    expect(documentOnly.evidence[0]).toMatchObject({ url: undefined, documentId: 7, reference: "p. 12", visibility: "INTERNAL" });
    expect(updateSchema.parse(valid).evidence[0].visibility).toBe("PUBLIC");
  });

  it("keeps a blank public summary as none", () => {
    expect(updateSchema.parse({ ...valid, publicSummary: "  " }).publicSummary).toBeNull();
    expect(updateSchema.parse({ ...valid, publicSummary: " Trained officers " }).publicSummary).toBe("Trained officers");
  });

  it("reads repeated form fields and drops empty evidence rows", () => {
    const form = new FormData();
    form.append("title", "T");
    form.append("countryIds", "1");
    form.append("countryIds", "2");
    const rows = [
      ["INTERPOL", "INTERPOL", "2019-01-02", "https://a.test", "", "", "PUBLIC"],
      ["GOVERNMENT", "", "", "", "", " ", "PUBLIC"],
    ];
    for (const row of rows) {
      ["evidenceSource", "evidencePublisher", "evidenceDate", "evidenceUrl", "evidenceDocumentId", "evidenceReference", "evidenceVisibility"].forEach((name, i) => form.append(name, row[i]));
    }
    expect(readUpdateForm(form)).toMatchObject({
      title: "T",
      countryIds: ["1", "2"],
      evidence: [{ source: "INTERPOL", publisher: "INTERPOL", date: "2019-01-02", url: "https://a.test", documentId: "", reference: "", visibility: "PUBLIC" }],
    });
    expect(readUpdateForm(form).evidence).toHaveLength(1);
  });
});
