import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";
import { fillSlot, splitAroundSlot } from "./slots";

describe("a message around a value the browser fills in", () => {
  it("reads as the message formatted with the value, in every language", async () => {
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "common" });
      for (const [key, argument] of [["asOf.publishedOn", "day"], ["error.reference", "digest"]] as const) {
        const parts = splitAroundSlot((slot) => t(key, { [argument]: slot }));
        expect(fillSlot(parts, "12 mars 2021"), `${locale} ${key}`).toBe(t(key, { [argument]: "12 mars 2021" }));
      }
    }
  });

  it("keeps a value that appears twice, or not at all", () => {
    expect(fillSlot(splitAroundSlot((v) => `${v} and ${v}`), "x")).toBe("x and x");
    expect(fillSlot(splitAroundSlot(() => "no value"), "x")).toBe("no value");
  });
});
