import { Prisma } from "@/lib/db";

/** The one rule for what the public sees and what counts: published and not soft-deleted. */
export const PUBLIC_UPDATE_WHERE = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ProgressUpdateWhereInput;

/** The same rule for raw SQL over `progress_updates` aliased as `u`. */
export const PUBLIC_UPDATE_SQL = Prisma.sql`u."state" = 'PUBLISHED' AND u."deletedAt" IS NULL`;
