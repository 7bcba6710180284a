import { readdirSync } from "node:fs";
import path from "node:path";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { matchesSecret, readBearerToken } from "@/lib/http/bearer";
import { db, provider } from ".";

export type DatabaseHealth = {
  database: "up" | "down";
  provider: string;
  migrations: { applied: number; expected: number; pending: string[]; upToDate: boolean } | null;
  error?: string;
};

export function listMigrations(p: string = provider): string[] {
  const dir = path.join(process.cwd(), "prisma", p, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  try {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.name));
    const expected = listMigrations();
    const pending = expected.filter((m) => !applied.has(m));
    return {
      database: "up",
      provider,
      migrations: { applied: applied.size, expected: expected.length, pending, upToDate: pending.length === 0 },
    };
  } catch (error) {
    return {
      database: "down",
      provider,
      migrations: null,
      error: error instanceof Error ? error.message.split("\n")[0] : "unknown error",
    };
  }
}

/** Whether the caller may see the details: it holds HEALTH_TOKEN, or is a signed-in user allowed health:read. */
async function canSeeHealthDetails(options: { request: Request; getUser: () => Promise<SessionUser | null> }): Promise<boolean> {
  const expected = getEnv().HEALTH_TOKEN;
  const token = readBearerToken(options.request.headers);
  if (expected && token !== null && matchesSecret(token, expected)) return true;
  try {
    return can(await options.getUser(), "health:read");
  } catch {
    return false; // the session is read from the database, which may be the thing that is down
  }
}

/**
 * Answers GET /api/health: 200 `{status:"ok"}` or 503 `{status:"down"}` for everyone. The database error text, the
 * provider and the migration names help an attacker, so only admins and holders of HEALTH_TOKEN get them.
 */
export async function serveHealth(options: { request: Request; getUser: () => Promise<SessionUser | null> }): Promise<Response> {
  const health = await getDatabaseHealth();
  const ok = health.database === "up" && health.migrations?.upToDate === true;
  const status = ok ? "ok" : "down";
  const body = (await canSeeHealthDetails(options)) ? { status, ...health, checkedAt: new Date().toISOString() } : { status };
  return Response.json(body, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
