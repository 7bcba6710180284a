// README command 1: migrate the database, seed it, build when the sources changed, and serve on PORT (3000).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hashSources } from "./source-hash.mjs";

if (existsSync(".env")) process.loadEnvFile(".env");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  execFileSync(cmd, args, { stdio: "inherit", env });
}

// A local quick start has no secret yet: keep a generated one under data/ (git-ignored).
// A real deployment sets AUTH_SECRET itself; the server (server.ts) without one refuses to start.
if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) {
  mkdirSync("data", { recursive: true });
  const file = "data/.auth-secret";
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    console.log(`Generated a local session secret in ${file}. Set AUTH_SECRET in production.`);
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

// The quick start serves plain http on localhost; NEXTAUTH_URL says so (sign-in redirects and non-Secure cookies).
// A deployment behind https sets NEXTAUTH_URL=https://… and gets Secure cookies.
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? "3000"}`;

try {
  run("Checking configuration", "npx", ["tsx", "scripts/check-env.ts"]);
  run("Applying database migrations", "npx", ["prisma", "migrate", "deploy"]);
  run("Seeding reference data", "npx", ["tsx", "prisma/seed.ts"]);
  const sourceHash = hashSources();
  const marker = ".next/source-hash";
  if (!existsSync("dist/server.js") || !existsSync(marker) || readFileSync(marker, "utf8") !== sourceHash) {
    run("Building the app", "npm", ["run", "build"]);
    writeFileSync(marker, sourceHash);
  } else {
    console.log("\n▶ Build is up to date");
  }
} catch {
  process.exit(1);
}

const port = env.PORT ?? "3000";
console.log(`\n▶ Serving on http://localhost:${port}`);
const server = spawn(process.execPath, ["dist/server.js", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
