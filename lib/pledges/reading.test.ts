import { describe, expect, it } from "vitest";
import { getPledgeReading } from "./reading";
import { localizePledgeContent, serializeTranslations, writeTranslation } from "./translations";

const targetNote = "one supported action in each of the three fields in each of the five years (3 x 5)";
const periodNote = "'in the next five years', counted from the announcement date";
const french = serializeTranslations(writeTranslation({}, { locale: "fr", key: "periodNote", text: "« dans les cinq prochaines années »", official: false, english: periodNote }));

function pledge(options: { measure: string; targetNote?: string | null; periodNote?: string | null; translations?: string }) {
  const row = { title: "T", summary: "S", sourceSentence: "Q", targetNote: options.targetNote ?? null, periodNote: options.periodNote ?? null, unit: "U", fieldLabel: "field", translations: options.translations ?? "{}" };
  return (locale: "en" | "fr") => ({ target: 15, measure: options.measure, periodStart: "2017-09-26T00:00:00.000Z", periodEnd: "2022-09-25T00:00:00.000Z", content: localizePledgeContent(row, locale) });
}

describe("getPledgeReading", () => {
  it("gives the pledge's interpretations as data, each in the page's language beside its English", () => {
    const read = pledge({ measure: "SUM", targetNote, periodNote, translations: french });
    const en = getPledgeReading(read("en"));
    expect(en.map((r) => r.topic)).toEqual(["target", "period", "sum"]);
    expect(en[0]).toMatchObject({ topic: "target", target: 15, interpretation: { text: targetNote, kind: "original" } });
    expect(en[1]).toMatchObject({ topic: "period", start: "2017-09-26T00:00:00.000Z", end: "2022-09-25T00:00:00.000Z", interpretation: { text: periodNote } });
    const fr = getPledgeReading(read("fr"));
    expect(fr[1]).toMatchObject({ interpretation: { text: "« dans les cinq prochaines années »", lang: "fr", kind: "unofficial", english: periodNote, outdated: false } });
    // No French target note: the English, marked as not translated.
    expect(fr[0]).toMatchObject({ interpretation: { text: targetNote, lang: "en", kind: "missing" } });
  });

  it("says only the counting rule for a pledge without interpretations", () => {
    expect(getPledgeReading(pledge({ measure: "MILESTONES" })("fr"))).toEqual([]);
    expect(getPledgeReading(pledge({ measure: "SUM", targetNote: "", periodNote: "" })("en"))).toEqual([{ topic: "sum" }]);
    expect(getPledgeReading(pledge({ measure: "DISTINCT_COUNTRIES" })("en"))).toEqual([{ topic: "countries" }]);
  });
});
