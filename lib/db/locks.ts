import { Prisma, provider, type Tx } from "./index";

/** Tables whose rows serve as locks for a check-then-write. */
type LockableTable = "users" | "pledges" | "fields" | "settings" | "documents";

/**
 * Locks the rows of `table` that `where` selects until the transaction ends. A check made after this cannot be
 * invalidated by a concurrent transaction before this one writes, the race that READ COMMITTED otherwise allows
 * (both transactions check, then both write).
 * - PostgreSQL: SELECT … FOR NO KEY UPDATE, in id order so two lockers of the same rows never deadlock. The second
 *   waits for the first to end; its following statements then see what the first committed, and rows the first
 *   changed so that they no longer match `where` drop out. NO KEY UPDATE does not block foreign-key checks of
 *   inserts that merely reference the rows.
 * - SQLite: nothing to do. Transactions start with BEGIN IMMEDIATE and hold the database's one write lock to the end.
 */
export async function lockRows(tx: Tx, table: LockableTable, where: Prisma.Sql): Promise<void> {
  if (provider !== "postgresql") return;
  await tx.$queryRaw`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${where} ORDER BY id FOR NO KEY UPDATE`;
}
