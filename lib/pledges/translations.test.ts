import { describe, expect, it } from "vitest";
import { localizeContent, localizeText, readTranslations, revisionOf, serializeTranslations, writeTranslation } from "./translations";

const english = "Train 20,000 law enforcement personnel for developing countries";

describe("localizeText", () => {
  const translations = writeTranslation({}, { locale: "fr", key: "title", text: " Former 20 000 agents ", official: false, english });

  it("gives the English as the original in English", () => {
    expect(localizeText({ english, translations, key: "title", locale: "en" })).toEqual({ text: english, lang: "en", english, kind: "original", outdated: false });
  });

  it("gives the translation, unofficial, with the English beside it", () => {
    expect(localizeText({ english, translations, key: "title", locale: "fr" })).toEqual({ text: "Former 20 000 agents", lang: "fr", english, kind: "unofficial", outdated: false });
  });

  it("falls back to the English, marked missing, when there is no translation", () => {
    expect(localizeText({ english, translations, key: "title", locale: "es" })).toMatchObject({ text: english, lang: "en", kind: "missing" });
    expect(localizeText({ english, translations, key: "summary", locale: "fr" })).toMatchObject({ text: english, lang: "en", kind: "missing" });
  });

  it("flags a translation outdated once the English changes, and current again once retranslated", () => {
    const changed = `${english}.`;
    expect(localizeText({ english: changed, translations, key: "title", locale: "fr" })).toMatchObject({ text: "Former 20 000 agents", kind: "unofficial", outdated: true });
    const redone = writeTranslation(translations, { locale: "fr", key: "title", text: "Former 20 000 agents.", official: true, english: changed });
    expect(localizeText({ english: changed, translations: redone, key: "title", locale: "fr" })).toMatchObject({ kind: "official", outdated: false });
  });

  it("removes a translation written empty", () => {
    const removed = writeTranslation(translations, { locale: "fr", key: "title", text: "  ", official: false, english });
    expect(localizeText({ english, translations: removed, key: "title", locale: "fr" }).kind).toBe("missing");
  });
});

describe("readTranslations", () => {
  it("ignores unreadable documents, unknown locales, English and malformed entries", () => {
    expect(readTranslations("not json")).toEqual({});
    expect(readTranslations(null)).toEqual({});
    const good = { text: "Titre", official: false, revision: revisionOf("Title") };
    expect(readTranslations(JSON.stringify({ xx: { title: good }, en: { title: good }, fr: { title: good, summary: { text: 3 } } }))).toEqual({ fr: { title: good } });
  });

  it("never lets a stored key set a prototype", () => {
    const good = { text: "x", official: false, revision: revisionOf("T") };
    const read = readTranslations(`{"fr":{"__proto__":${JSON.stringify(good)},"title":${JSON.stringify(good)}}}`);
    expect(Object.getPrototypeOf(read.fr)).toBe(Object.prototype);
    expect(Object.keys(read.fr!)).toEqual(["title"]);
  });

  it("round-trips through the stored form in a stable order", () => {
    const a = writeTranslation(writeTranslation({}, { locale: "zh", key: "title", text: "标题", official: false, english: "Title" }), { locale: "ar", key: "title", text: "عنوان", official: false, english: "Title" });
    const json = serializeTranslations(a);
    expect(Object.keys(JSON.parse(json))).toEqual(["ar", "zh"]);
    expect(readTranslations(json)).toEqual(a);
  });
});

describe("localizeContent", () => {
  it("localizes every key of a row, an empty English staying empty", () => {
    const row = { title: english, summary: "S", sourceSentence: "Q", targetNote: null, periodNote: null, unit: "U", fieldLabel: "field", translations: serializeTranslations(writeTranslation({}, { locale: "ar", key: "summary", text: "ملخص", official: true, english: "S" })) };
    const content = localizeContent("pledge", row, "ar");
    expect(content.summary).toMatchObject({ text: "ملخص", lang: "ar", kind: "official" });
    expect(content.title.kind).toBe("missing");
    expect(content.targetNote.english).toBe("");
  });
});
