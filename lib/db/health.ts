import { readdirSync } from "node:fs";
import path from "node:path";
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
