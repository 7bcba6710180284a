import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashSources, listSourceFiles } from "./source-hash.mjs";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "source-hash-"));
  write("package.json", "{}");
  write("app/page.tsx", "export default 1;");
  write("lib/a.ts", "export const a = 1;");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("hashSources", () => {
  it("works in a tree without .git and skips dependencies, build output, data and generated code", () => {
    for (const skipped of ["node_modules/x/index.js", ".next/source-hash", "dist/server.js", "data/app.db", "lib/db/generated/client.js", "e2e/a.spec.ts", ".env", "lib/a.test.ts"]) {
      write(skipped, "anything");
    }
    expect(listSourceFiles(root)).toEqual(["app/page.tsx", "lib/a.ts", "package.json"]);
  });

  it("is stable, and changes when a source file is edited, added, removed or renamed", () => {
    const first = hashSources(root);
    expect(hashSources(root)).toBe(first);
    write("lib/a.ts", "export const a = 2;");
    const edited = hashSources(root);
    expect(edited).not.toBe(first);
    write("lib/b.ts", "");
    const added = hashSources(root);
    expect(added).not.toBe(edited);
    renameSync(path.join(root, "lib/b.ts"), path.join(root, "lib/c.ts"));
    expect(hashSources(root)).not.toBe(added);
    rmSync(path.join(root, "lib/c.ts"));
    expect(hashSources(root)).toBe(edited);
  });

  it("does not change when only skipped folders change (a build does not rebuild itself)", () => {
    const before = hashSources(root);
    write(".next/source-hash", before);
    write("data/app.db", "rows");
    write("node_modules/.package-lock.json", "{}");
    expect(hashSources(root)).toBe(before);
  });
});
