import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";
import type english from "./messages/en/common.json";
import { fillSlot, splitAroundSlot } from "./slots";

describe("a message around a value the browser fills in", () => {
  it("reads as the message formatted with the value, in every language", async () => {
    for (const locale of LOCALES) {
      const common = (await loadMessages(locale)).common as typeof english;
      const t = createTranslator({ locale, messages: { common }, namespace: "common" });
      const formats = { publishedOn: (day: string) => t("asOf.publishedOn", { day }), reference: (digest: string) => t("error.reference", { digest }) };
      for (const [name, format] of Object.entries(formats)) {
        expect(fillSlot(splitAroundSlot(format), "12 mars 2021"), `${locale} ${name}`).toBe(format("12 mars 2021"));
      }
    }
  });

  it("keeps a value that appears twice, or not at all", () => {
    expect(fillSlot(splitAroundSlot((v) => `${v} and ${v}`), "x")).toBe("x and x");
    expect(fillSlot(splitAroundSlot(() => "no value"), "x")).toBe("no value");
  });
});
