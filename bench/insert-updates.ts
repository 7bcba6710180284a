import Database from "better-sqlite3";

/**
 * Fills a benchmark SQLite database (migrated and seeded) with `count` published updates, each naming one or two
 * developing countries and carrying one evidence link. Written straight through better-sqlite3 in large
 * transactions: a million rows take seconds, where the ORM would take minutes. Benchmark use only.
 */
export function insertBenchUpdates(file: string, count: number): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const fields = sqlite.prepare("SELECT id, pledgeId FROM fields").all() as { id: number; pledgeId: number }[];
  const pledges = sqlite.prepare("SELECT id FROM pledges ORDER BY id").all() as { id: number }[];
  const countries = (sqlite.prepare("SELECT id FROM countries WHERE developing = 1").all() as { id: number }[]).map((c) => c.id);
  const reviewer = sqlite.prepare("SELECT id FROM users ORDER BY id LIMIT 1").get() as { id: number } | undefined;
  const insertUpdate = sqlite.prepare(
    `INSERT INTO progress_updates (pledgeId, fieldId, eventDate, quantity, title, description, state, isSample,
       reviewerId, publishedAt, reviewedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', 1, ?, ?, ?, ?, ?)`,
  );
  const insertCountry = sqlite.prepare("INSERT OR IGNORE INTO update_countries (updateId, countryId) VALUES (?, ?)");
  const insertEvidence = sqlite.prepare("INSERT INTO evidence (updateId, kind, url, position) VALUES (?, 'LINK', ?, 0)");
  const start = Date.parse("2017-09-26T00:00:00Z");
  const span = Date.parse("2022-09-25T00:00:00Z") - start;
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const pledge = pledges[i % pledges.length].id;
      const own = fields.filter((f) => f.pledgeId === pledge);
      const field = own.length ? own[i % own.length].id : null;
      const day = new Date(start + ((i * 7919) % span)).toISOString().replace("Z", "+00:00");
      const { lastInsertRowid } = insertUpdate.run(
        pledge, field, day, (i % 50) + 1, `Bench update ${i}, "batch" ${Math.floor(i / 10_000)}`,
        i % 3 === 0 ? "Line one\nline two, with a comma" : "", reviewer?.id ?? null, day, day, day, day,
      );
      const id = Number(lastInsertRowid);
      insertCountry.run(id, countries[i % countries.length]);
      if (i % 2 === 0) insertCountry.run(id, countries[(i * 31) % countries.length]);
      insertEvidence.run(id, `https://example.org/evidence/${i}`);
    }
  });
  for (let from = 0; from < count; from += 20_000) batch(from, Math.min(count, from + 20_000));
  sqlite.close();
}
