import type { Db } from "@/lib/db";

export type LimitRule = { max: number; windowMs: number; lockMs: number };

/** Failed sign-ins: per account 5 in 15 minutes locks it for 15 minutes; per IP 20 in 15 minutes. */
export const SIGN_IN_LIMITS = {
  account: { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { max: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, LimitRule>;

/** True while the key is locked. Counters live in the database so every app instance sees the same limit. */
export async function isLocked(db: Db, key: string, now = new Date()): Promise<boolean> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return !!row?.lockedUntil && row.lockedUntil > now;
}

/** Counts one failure; locks the key when the window's count reaches the rule's maximum. */
export async function recordFailure(db: Db, key: string, rule: LimitRule, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const windowOpen = row && now.getTime() - row.windowStart.getTime() < rule.windowMs;
    const count = windowOpen ? row.count + 1 : 1;
    const lockedUntil = count >= rule.max ? new Date(now.getTime() + rule.lockMs) : windowOpen ? row.lockedUntil : null;
    const data = { count, windowStart: windowOpen ? row.windowStart : now, lockedUntil };
    await tx.rateLimit.upsert({ where: { key }, create: { key, ...data }, update: data });
  });
}

export async function clearLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
