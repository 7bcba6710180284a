import { Prisma, provider } from "@/lib/db";

/** The one rule for what the public sees and what counts: published and not soft-deleted. */
export const PUBLIC_UPDATE_WHERE = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ProgressUpdateWhereInput;

/** The same rule for raw SQL over `progress_updates` aliased as `u`. */
export const PUBLIC_UPDATE_SQL = Prisma.sql`u."state" = 'PUBLISHED' AND u."deletedAt" IS NULL`;

/**
 * The same rule for aggregates over most of the table. Nearly every row is published, yet without statistics
 * SQLite walks the state index and fetches rows one by one (3-8 times slower than reading the table through);
 * unary `+` keeps those terms off the index. PostgreSQL plans from statistics and needs no hint.
 */
export const PUBLIC_UPDATE_SCAN_SQL =
  provider === "sqlite" ? Prisma.sql`+u."state" = 'PUBLISHED' AND +u."deletedAt" IS NULL` : PUBLIC_UPDATE_SQL;
