import { describe, expect, it } from "vitest";
import { readPageLocale, readRequestLocale } from "./params";

describe("the server's locale", () => {
  it("of a page is its known [locale] param, and an unknown one is a 404", async () => {
    expect(await readPageLocale(Promise.resolve({ locale: "ar" }))).toBe("ar");
    await expect(readPageLocale(Promise.resolve({ locale: "de" }))).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });
  });

  it("of a request is English outside one (a server action called by a script or a test)", async () => {
    expect(await readRequestLocale()).toBe("en");
  });
});
