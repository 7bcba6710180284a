// Starts the production build on a fresh, seeded SQLite database for the Playwright run.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const file = `data/e2e-${port}.db`;
mkdirSync("data", { recursive: true });
rmSync(file, { force: true });
const env = {
  ...process.env,
  DATABASE_URL: `file:./${file}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnop",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  ADMIN_EMAIL: "admin@e2e.test",
  ADMIN_PASSWORD: "e2e-admin-password-123",
  NEXT_TELEMETRY_DISABLED: "1",
};
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "inherit" });
const server = spawn(process.execPath, ["dist/server.js", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
