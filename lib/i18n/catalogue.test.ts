import { describe, expect, it } from "vitest";
import { createCatalogueTranslator } from "./catalogue";
import { getLabels } from "./labels";
import frenchLabels from "./messages/fr/labels.json";

const en = { greeting: "Hello {name}", items: { count: "{count, plural, one {# item} other {# items}}" }, note: "See <code>{param}</code>" };
const ar = { greeting: "مرحبًا {name}", items: { count: "{count, plural, zero {لا عناصر} one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}}" }, note: "انظر <code>{param}</code>" };

describe("createCatalogueTranslator", () => {
  const translate = createCatalogueTranslator({ namespace: "demo", catalogues: { en, ar } });

  it("reads each locale's catalogue, with its ICU values and plural rules", () => {
    expect(translate("en")("greeting", { name: "Ada" })).toBe("Hello Ada");
    expect(translate("ar")("greeting", { name: "Ada" })).toBe("مرحبًا Ada");
    expect(translate("en")("items.count", { count: 1 })).toBe("1 item");
    expect(translate("ar")("items.count", { count: 2 })).toBe("عنصران");
    expect(translate("ar")("items.count", { count: 0 })).toBe("لا عناصر"); // Arabic's "zero" form; English has none
    expect(translate("en")("items.count", { count: 0 })).toBe("0 items");
  });

  it("writes markup and tells which keys exist", () => {
    const code = (chunks: string) => `<code>${chunks}</code>`;
    expect(translate("en").markup("note", { param: "as_of", code })).toBe("See <code>as_of</code>");
    expect(translate("en").has("greeting")).toBe(true);
    // @ts-expect-error: not a key of the catalogue
    expect(translate("en").has("missing")).toBe(false);
  });

  it("reads a group inside the catalogue when the namespace names one", () => {
    const items = createCatalogueTranslator({ namespace: "demo.items", catalogues: { en } });
    expect(items("en")("count", { count: 5 })).toBe("5 items");
  });

  it("makes one translator per locale", () => {
    expect(translate("ar")).toBe(translate("ar"));
    expect(translate("ar")).not.toBe(translate("en"));
  });
});

describe("getLabels", () => {
  it("words a coded value in each language, from that language's labels catalogue", () => {
    expect(getLabels("en")("changeKind.CORRECTION")).toBe("Correction");
    expect(getLabels("fr")("changeKind.CORRECTION")).toBe(frenchLabels.changeKind.CORRECTION);
    expect(getLabels("fr")("changeField.yearTarget", { year: 3 })).toBe("Objectif de l’année 3");
  });
});
