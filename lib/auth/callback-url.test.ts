import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/admin/updates/3?x=1")).toBe("/admin/updates/3?x=1");
  });
  it("refuses other origins and protocol-relative URLs", () => {
    expect(safeCallbackUrl("https://evil.test/")).toBe("/admin");
    expect(safeCallbackUrl("//evil.test/")).toBe("/admin");
    expect(safeCallbackUrl("/\\evil.test")).toBe("/admin");
    expect(safeCallbackUrl(undefined)).toBe("/admin");
  });
});
