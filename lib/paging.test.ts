import { describe, expect, it } from "vitest";
import { resolvePage } from "./paging";

describe("resolvePage", () => {
  it("keeps a page in range and says how many rows come before it", () => {
    expect(resolvePage({ total: 45, pageSize: 20, requested: 2 })).toEqual({ page: 2, pageCount: 3, offset: 20 });
  });

  it("clamps a page past the end to the last, and anything below 1 (or a fraction) to a whole page in range", () => {
    expect(resolvePage({ total: 45, pageSize: 20, requested: 99 })).toEqual({ page: 3, pageCount: 3, offset: 40 });
    expect(resolvePage({ total: 45, pageSize: 20, requested: -4 })).toEqual({ page: 1, pageCount: 3, offset: 0 });
    expect(resolvePage({ total: 45, pageSize: 20, requested: 2.7 })).toEqual({ page: 2, pageCount: 3, offset: 20 });
  });

  it("has one empty page when nothing matches", () => {
    expect(resolvePage({ total: 0, pageSize: 20 })).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });
});
