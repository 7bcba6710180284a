import type { Prisma } from "@/lib/db";

/** The one rule for what the public sees and what counts: published and not soft-deleted. */
export const PUBLIC_UPDATE_WHERE = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ProgressUpdateWhereInput;
