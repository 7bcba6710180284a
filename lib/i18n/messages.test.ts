import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { NAMESPACES } from "./messages";

const root = path.resolve(__dirname, "../..");
type Catalogue = Map<string, string>; // "common.notFound.title" → message

function flatten(value: unknown, prefix: string, out: Catalogue) {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}.${key}`, out);
  else throw new Error(`${prefix}: a message must be a string or a group of messages`);
}

function readCatalogue(locale: string): Catalogue {
  const out: Catalogue = new Map();
  for (const namespace of NAMESPACES) flatten(JSON.parse(readFileSync(path.join(__dirname, "messages", locale, `${namespace}.json`), "utf8")), namespace, out);
  return out;
}

/** The arguments and tags a message takes ("{count, plural, …}" → count; "<link>…</link>" → link). */
function listArguments(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    out.add(element.value);
    if (element.type === TYPE.tag) listArguments(element.children, out);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) listArguments(option.value, out);
  }
  return out;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("generated"))
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, readCatalogue(locale)]));
const english = catalogues.en;

describe("message catalogues", () => {
  it("have every key in every language, and no other", () => {
    for (const locale of LOCALES) {
      expect([...catalogues[locale].keys()].sort(), locale).toEqual([...english.keys()].sort());
    }
  });

  it("are valid ICU messages that take the same arguments in every language", () => {
    for (const locale of LOCALES) {
      for (const [key, message] of catalogues[locale]) {
        let elements: MessageFormatElement[] = [];
        expect(() => (elements = parse(message)), `${locale} ${key}`).not.toThrow();
        expect([...listArguments(elements)].sort(), `${locale} ${key}`).toEqual([...listArguments(parse(english.get(key)!))].sort());
        expect(message.trim(), `${locale} ${key} is empty`).not.toBe("");
      }
    }
  });

  it("have no unused keys", () => {
    const sources = [...listSources(path.join(root, "app")), ...listSources(path.join(root, "components")), ...listSources(path.join(root, "lib"))].join("\n");
    // The namespaces the code asks for: useTranslations("public.pledge"), getTranslations({ namespace: "common" }),
    // createCatalogueTranslator({ namespace: "validation", … }).
    const namespaces = new Set([...sources.matchAll(/(?:useTranslations|getTranslations|createTranslator|createCatalogueTranslator)\(\s*(?:\{[^}]*?namespace:\s*)?["'`]([\w.]+)["'`]/g)].map((m) => m[1]));
    const literals = new Set([...sources.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1]));
    // Keys built at run time: t(`levels.${level}`) uses every key under "levels.".
    // ENGLISH_LABELS.changeKind (lib/i18n/labels.ts) uses every key of that group.
    const templates = [...[...sources.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]), ...[...sources.matchAll(/ENGLISH_LABELS\.(\w+)/g)].map((m) => `${m[1]}.`)];
    const unused = [...english.keys()].filter((key) => {
      for (const namespace of namespaces) {
        if (!key.startsWith(`${namespace}.`)) continue;
        const rest = key.slice(namespace.length + 1);
        if (literals.has(rest) || templates.some((t) => rest.startsWith(t))) return false;
      }
      return true;
    });
    expect(unused).toEqual([]);
  });
});
