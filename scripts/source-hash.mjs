// The build marker of `npm start`: a hash of every file that can change the build, read from disk, so it works
// without git (a ZIP download has no .git folder).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Folders never hashed: dependencies, build output, local data, generated code, and files that do not reach the build. */
export const SKIPPED_FOLDERS = new Set([
  ".git",
  "node_modules",
  ".next",
  "dist",
  "data",
  "generated",
  "test-results",
  "playwright-report",
  "blob-report",
  "coverage",
  "tests",
  "e2e",
  "bench",
  ".ci",
]);

const SKIPPED_FILES = /^(\.env(\..*)?|next-env\.d\.ts|\.DS_Store)$|\.(log|tsbuildinfo)$|\.test\.tsx?$/;

/** Paths (relative, "/"-separated, sorted) of the files that go into the hash. */
export function listSourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(relative);
      } else if (entry.isFile() && !SKIPPED_FILES.test(entry.name)) {
        files.push(relative);
      }
    }
  };
  walk("");
  return files.sort();
}

/** SHA-256 over each source file's path and bytes: any edit, addition, removal or rename changes it. */
export function hashSources(root = process.cwd()) {
  const hash = createHash("sha256");
  for (const file of listSourceFiles(root)) {
    const bytes = readFileSync(path.join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}
