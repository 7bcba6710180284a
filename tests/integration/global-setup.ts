import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// A real, empty database per run, migrated with the committed migrations:
// a temporary SQLite file, or a fresh database on the server TEST_DATABASE_URL names.
export default async function setup() {
  const engine = process.env.INTEGRATION_DB ?? "sqlite";
  let url: string;
  let cleanup: () => Promise<void>;
  if (engine === "postgresql") {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error("INTEGRATION_DB=postgresql needs TEST_DATABASE_URL (postgresql://user@host:port/db)");
    const name = `pledge_test_${process.pid}_${Date.now()}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const target = new URL(admin);
    target.pathname = `/${name}`;
    url = target.toString();
    cleanup = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "pledge-it-"));
    url = `file:${path.join(dir, "test.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  process.env.DATABASE_URL = url;
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma migrate deploy failed on ${engine}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
  return cleanup;
}
