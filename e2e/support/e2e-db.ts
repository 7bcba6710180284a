import Database from "better-sqlite3";

/**
 * The e2e server's own SQLite file (scripts/e2e-server.mjs). Playwright's loader cannot import the generated
 * Prisma client (ES module with import.meta), so specs seed their unique rows with plain SQL.
 */
export function openE2eDb(): Database.Database {
  const port = process.env.E2E_PORT ?? "3100";
  return new Database(`data/e2e-${port}.db`);
}

/** Prisma's SQLite DateTime text form. */
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function insertUpdate(
  db: Database.Database,
  update: { pledgeSlug: string; title: string; state: string; eventDate: Date; quantity?: number; fieldIndex?: number; iso3?: string[] },
): number {
  const pledge = db.prepare("SELECT id FROM pledges WHERE slug = ?").get(update.pledgeSlug) as { id: number };
  const field =
    update.fieldIndex === undefined
      ? null
      : (db.prepare("SELECT id FROM fields WHERE pledgeId = ? ORDER BY displayOrder LIMIT 1 OFFSET ?").get(pledge.id, update.fieldIndex) as { id: number }).id;
  const now = sqliteDate(new Date());
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO progress_updates (pledgeId, fieldId, eventDate, quantity, title, state, publishedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(pledge.id, field, sqliteDate(update.eventDate), update.quantity ?? 1, update.title, update.state, update.state === "PUBLISHED" ? now : null, now, now);
  for (const code of update.iso3 ?? []) {
    db.prepare("INSERT INTO update_countries (updateId, countryId) SELECT ?, id FROM countries WHERE iso3 = ?").run(lastInsertRowid, code);
  }
  return Number(lastInsertRowid);
}
