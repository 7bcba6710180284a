import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Arabic is read right to left (html dir="rtl"): the layout mirrors only if the CSS says start and end, never left
// and right (margin-inline-start, inset-inline-end, text-align: start). This scans every stylesheet in app/ and
// components/ and every inline style object in their components, so a physical side cannot slip back in.

const root = path.resolve(__dirname, "../..");

/** Why a declaration is tied to a physical side, or null when it mirrors with the text direction. */
function findPhysicalSide(property: string, value: string): string | null {
  const name = property.trim().toLowerCase();
  if (name.startsWith("--")) return null; // a custom property is checked where it is used
  if (/(^|-)(left|right)(-|$)/.test(name)) return `${name} names a side: use its inline-start/end form`;
  const bare = value.replace(/"[^"]*"|'[^']*'|url\([^)]*\)/g, "");
  if (/\b(left|right)\b/i.test(bare)) return `${name}: ${value.trim()} names a side: use start or end`;
  const parts = bare.trim().split(/\s+/).filter((p) => p && p !== "!important");
  if (/^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/.test(name) && parts.length === 4 && parts[1] !== parts[3]) {
    return `${name}: ${value.trim()} sets right and left apart: use ${name}-block and ${name}-inline (or -inline-start/end)`;
  }
  if (name === "border-radius" && !bare.includes("/") && parts.length >= 2) {
    const [tl, tr = tl, br = tl, bl = tr] = parts;
    if (tl !== tr || br !== bl) return `${name}: ${value.trim()} rounds left and right corners apart: use border-start-start-radius and friends`;
  }
  return null;
}

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** Declarations of a stylesheet, comments removed, with their line. */
function listCssDeclarations(css: string): { property: string; value: string; line: number }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  return [...text.matchAll(/([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g)]
    .filter((m) => !/^\s*[@&.#[:]/.test(m[1]))
    .map((m) => ({ property: m[1], value: m[2], line: lineOf(text, m.index) }));
}

/** Declarations of the inline style objects of a component: style={{ marginLeft: 4, textAlign: "right" }}. */
function listInlineDeclarations(source: string): { property: string; value: string; line: number }[] {
  return [...source.matchAll(/style=\{\{((?:[^{}]|\$\{[^}]*\})*)\}\}/g)].flatMap((m) =>
    [...m[1].matchAll(/([A-Za-z]+)\s*:\s*("[^"]*"|'[^']*'|`[^`]*`|[^,]+)/g)].map((d) => ({
      property: kebab(d[1]),
      value: d[2].replace(/^["'`]|["'`]$/g, ""),
      line: lineOf(source, m.index),
    })),
  );
}

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => pattern.test(f) && !f.includes("node_modules"))
    .map((f) => path.join(dir, f));
}

function findPhysicalDeclarations(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const declarations = file.endsWith(".css") ? listCssDeclarations(text) : listInlineDeclarations(text);
  return declarations.flatMap(({ property, value, line }) => {
    const problem = findPhysicalSide(property, value);
    return problem ? [`${file}:${line} ${problem}`] : [];
  });
}

describe("the CSS mirrors for right-to-left languages", () => {
  it("flags each way of naming a physical side", () => {
    const bad = [
      ["margin-left", "1rem"],
      ["left", "0"],
      ["border-top-right-radius", "4px"],
      ["text-align", "right"],
      ["float", "left !important"],
      ["background-position", "right 1rem top"],
      ["padding", "0 1rem 0 0"],
      ["border-radius", "4px 0 0 4px"],
    ];
    for (const [property, value] of bad) expect(findPhysicalSide(property, value), `${property}: ${value}`).not.toBeNull();
    const good = [
      ["margin-inline-start", "1rem"],
      ["inset-inline-end", "0"],
      ["text-align", "start"],
      ["float", "inline-start"],
      ["padding", "0.6rem 1rem"],
      ["margin", "0.3rem auto 0"],
      ["padding", "1rem 2rem 0 2rem"],
      ["border-radius", "999px"],
      ["top", "-2px"],
      ["content", '" (left)"'],
    ];
    for (const [property, value] of good) expect(findPhysicalSide(property, value), `${property}: ${value}`).toBeNull();
  });

  it("reads declarations from stylesheets and inline style objects", () => {
    expect(listCssDeclarations(".a { left: 0; } /* right: 0 */ @media print { .b:hover { padding-right: 1px } }").map((d) => d.property)).toEqual(["left", "padding-right"]);
    expect(listInlineDeclarations('<div style={{ marginLeft: `${x}%`, textAlign: "right" }} />')).toEqual([
      { property: "margin-left", value: "${x}%", line: 1 },
      { property: "text-align", value: "right", line: 1 },
    ]);
  });

  it("has no physical left or right in any stylesheet or inline style of the app", () => {
    const stylesheets = [...listFiles("app", /\.css$/), ...listFiles("components", /\.css$/)];
    const components = [...listFiles("app", /\.tsx$/), ...listFiles("components", /\.tsx$/)];
    expect(stylesheets.length).toBeGreaterThan(5);
    expect(stylesheets).toContain(path.join("app", "globals.css"));
    expect([...stylesheets, ...components].flatMap(findPhysicalDeclarations)).toEqual([]);
  });
});
