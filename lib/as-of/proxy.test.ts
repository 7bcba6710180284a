import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

// The proxy answers a public page asked for a bad or future as_of with a real 400 page, before the page renders.
describe("proxy and as_of", () => {
  it("answers a bad or future as_of on a public page with a 400 naming it, linking to today's page", async () => {
    for (const bad of ["2021-02-30", "nope", "2999-01-01"]) {
      const response = await proxy(new NextRequest(`http://localhost/updates?pledge=training&as_of=${bad}`));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain("as_of");
      expect(html).toContain('href="/updates?pledge=training"');
    }
  });

  it("lets a valid as_of through and escapes what it echoes", async () => {
    expect((await proxy(new NextRequest("http://localhost/?as_of=2021-03-12"))).headers.get("x-middleware-next")).toBe("1");
    const response = await proxy(new NextRequest('http://localhost/?as_of=<script>alert(1)</script>'));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("<script>alert");
  });

  it("runs on every public page that reads as_of", () => {
    const sources = config.matcher.flatMap((m) => (typeof m === "string" ? [] : [m.source]));
    expect(sources.sort()).toEqual(["/", "/countries", "/countries/:iso3", "/pledges/:slug", "/updates"]);
  });
});
