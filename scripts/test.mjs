// README command 2: the whole suite, fail-fast, in the order that finds cheap failures first.
// PostgreSQL integration runs too when TEST_DATABASE_URL points at a server.
import { execFileSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const steps = [
  ["Schema drift (provider schemas vs prisma/models.prisma)", "node", ["scripts/prisma-schemas.mjs", "--check"]],
  ["Lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["Typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["Unit tests", "npx", ["vitest", "run", "--project", "unit"]],
  ["Integration tests (SQLite)", "npx", ["vitest", "run", "--project", "integration"], { INTEGRATION_DB: "sqlite" }],
  ...(env.TEST_DATABASE_URL
    ? [["Integration tests (PostgreSQL)", "npx", ["vitest", "run", "--project", "integration"], { INTEGRATION_DB: "postgresql" }]]
    : []),
  // The bounded reliability fuzz (fixed seed; FUZZ_RUNS raises the run count).
  ["Reliability fuzz (SQLite)", "npx", ["vitest", "run", "--project", "fuzz"], { INTEGRATION_DB: "sqlite" }],
  ...(env.TEST_DATABASE_URL
    ? [["Reliability fuzz (PostgreSQL)", "npx", ["vitest", "run", "--project", "fuzz"], { INTEGRATION_DB: "postgresql" }]]
    : []),
  ["Production build", "npm", ["run", "build"]],
  ["End-to-end tests (Chromium)", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [label, cmd, args, extra] of steps) {
  if (only.length && !only.some((o) => label.toLowerCase().includes(o.toLowerCase()))) continue;
  const t = Date.now();
  console.log(`\n━━ ${label}`);
  try {
    execFileSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
  } catch {
    console.error(`\n✖ ${label} failed`);
    process.exit(1);
  }
  console.log(`✔ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
