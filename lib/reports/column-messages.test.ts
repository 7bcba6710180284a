import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "@/lib/changes/labels";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { REPORTS } from "./catalog";

// The /reports and /data pages show each column's description from the `reports` namespace: the English one must say
// what the CSV header docs and datapackage.json say, and every column needs one in every language.
describe("report column descriptions in the catalogues", () => {
  it("match the report catalog in English, word for word", async () => {
    const t = createTranslator({ locale: "en", messages: (await loadMessages("en")) as AbstractIntlMessages, namespace: "reports" });
    for (const report of REPORTS) for (const column of report.columns) expect(t(`columns.${report.name}.${column.header}`)).toBe(column.description);
  });

  it("exist for every column in every language", async () => {
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: (await loadMessages(locale)) as AbstractIntlMessages, namespace: "reports" });
      for (const report of REPORTS) for (const column of report.columns) expect(t.has(`columns.${report.name}.${column.header}`), `${locale} ${report.name}.${column.header}`).toBe(true);
    }
  });

  // The change log's kind column lists the kinds by their codes, which every language writes alike; the English is
  // the report catalog's (above), and each translation must list them all too, so no language misses a new kind.
  it("name exactly the change kinds in every language", async () => {
    const codes = CHANGE_KINDS.map((k) => k.toLowerCase());
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      const t = createTranslator({ locale, messages: messages as AbstractIntlMessages, namespace: "reports" });
      // The run of codes separated by list punctuation (", " "، " "、"): the words around it are the language's own.
      const listed = t("columns.changes.kind").match(/[a-z]+(?:\s*[,،、]\s*[a-z]+)+/g) ?? [];
      expect(listed.map((run) => run.split(/\s*[,،、]\s*/)), locale).toEqual([codes]);
      expect(Object.keys((messages.labels as { changeKind: object }).changeKind).sort(), locale).toEqual([...CHANGE_KINDS].sort());
    }
  });
});
