import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runSeed } from "../../../e2e/support/run-seed";

/**
 * The pieces every reliability script needs: a fresh migrated and seeded database (a SQLite file, or a database on
 * the PostgreSQL server TEST_DATABASE_URL names), production servers on it, and test users.
 */

export type Engine = "sqlite" | "postgresql";
export type Stack = { engine: Engine; databaseUrl: string; env: NodeJS.ProcessEnv; dir: string; dispose: () => Promise<void> };

export const ADMIN = { email: "admin@reliability.test", password: "reliability-admin-password-1" };

export async function createStack(engine: Engine, name: string): Promise<Stack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `pledge-${name}-`));
  let databaseUrl: string;
  let dropDatabase = async () => {};
  if (engine === "postgresql") {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error("PostgreSQL needs TEST_DATABASE_URL: run under scripts/postgres-throwaway.sh");
    const database = `pledge_${name.replace(/\W/g, "_")}_${process.pid}`;
    await withClient(admin, (c) => c.query(`CREATE DATABASE "${database}"`));
    const url = new URL(admin);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    dropDatabase = () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => {});
  } else {
    databaseUrl = `file:${path.join(dir, "app.db")}`;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "reliability-only-secret-0123456789abcdefghij",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  // The seed helpers (e2e/support/seed.ts, run by runSeed) and this process's own reads use this database.
  process.env.DATABASE_URL = databaseUrl;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  return {
    engine, databaseUrl, env, dir,
    dispose: async () => {
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Builds the app once when there is no build (`npm run build`); CI has built it in an earlier step. */
export function ensureBuild(): void {
  if (existsSync("dist/server.js") && existsSync(".next/server/server-reference-manifest.json")) return;
  console.log("No production build yet: npm run build");
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}

export type Server = { base: string; port: number; process: ChildProcess; exited: Promise<number | null>; log: string };

/** Starts `node dist/server.js` on the stack's database and waits until /api/health answers. */
export async function startServer(stack: Stack, port: number, label = `server-${port}`): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  const log = path.join(stack.dir, `${label}.log`);
  const out = openSync(log, "a");
  const child = spawn(process.execPath, ["dist/server.js", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...stack.env, NEXTAUTH_URL: base },
    stdio: ["ignore", out, out],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${label} did not answer /api/health within 90 s; see ${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, port, process: child, exited, log };
}

/** kill -9: no shutdown hook runs, in-flight requests and transactions are cut off. */
export async function killHard(server: Server): Promise<void> {
  server.process.kill("SIGKILL");
  await server.exited;
}

export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode) return;
  server.process.kill("SIGTERM");
  await server.exited;
}

export type TestUser = { id: number; email: string; password: string; name: string; role: "ADMIN" | "EDITOR" };

/** Distinct users (so sign-in throttling never groups them), created the one way tests create users. */
export async function createUsers(count: number, role: "ADMIN" | "EDITOR"): Promise<TestUser[]> {
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) users.push((await runSeed("seedUser", { role })) as TestUser);
  return users;
}

/** The 99th percentile of a list of durations. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}
