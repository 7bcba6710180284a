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
  evidence: [{ kind: "LINK", value: "https://www.interpol.int/news" }],
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

  it("requires links to be http(s) URLs but accepts free-text citations", () => {
    const bad = updateSchema.safeParse({ ...valid, evidence: [{ kind: "LINK", value: "javascript:alert(1)" }] });
    expect(bad.error?.issues[0].path.join(".")).toBe("evidence.0.value");
    expect(updateSchema.safeParse({ ...valid, evidence: [{ kind: "CITATION", value: "INTERPOL annual report 2018, p. 12" }] }).success).toBe(true);
  });

  it("reads repeated form fields and drops empty evidence rows", () => {
    const form = new FormData();
    form.append("title", "T");
    form.append("countryIds", "1");
    form.append("countryIds", "2");
    form.append("evidenceKind", "LINK");
    form.append("evidenceValue", "https://a.test");
    form.append("evidenceKind", "CITATION");
    form.append("evidenceValue", " ");
    expect(readUpdateForm(form)).toMatchObject({ title: "T", countryIds: ["1", "2"], evidence: [{ kind: "LINK", value: "https://a.test" }] });
  });
});
