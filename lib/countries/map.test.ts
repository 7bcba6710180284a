import { describe, expect, it } from "vitest";
import { renderChoropleth } from "./map";

describe("renderChoropleth", () => {
  it("shades each country by the number of pledges that reached it and labels every shade in words", () => {
    const svg = renderChoropleth(new Map([["KEN", 2], ["BRA", 1]]));
    expect(svg).toMatch(/^<svg /);
    expect(svg).toMatch(/fill="#4a8fd1"[^>]*><title>Kenya: 2 pledges<\/title>/);
    expect(svg).toMatch(/<title>Brazil: 1 pledge<\/title>/);
    expect(svg).toMatch(/<title>France: not reached<\/title>/);
    for (const label of ["Not reached", "1 pledge", "2 pledges", "3 or more"]) expect(svg).toContain(`>${label}</text>`);
  });
});
