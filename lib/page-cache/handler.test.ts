import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./handler";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, then no compression", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("honours q-values that refuse an encoding", () => {
    expect(chooseEncoding("br;q=0, gzip;q=0.8")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, GZIP")).toBe("br");
    expect(chooseEncoding("gzip;q=0")).toBe("identity");
  });
});
