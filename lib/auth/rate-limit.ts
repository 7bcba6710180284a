import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";

export type LimitRule = { max: number; windowMs: number; lockMs: number };

const MINUTES_15 = 15 * 60_000;

/**
 * Sign-in attempts per 15 minutes. A client without a device cookie for the account is limited per account and
 * client (`pair`, every attempt counts), per client across accounts (`client`) and per account across clients
 * (`account`, the lockout); a browser holding the account's device cookie only by that cookie (`device`).
 */
export const SIGN_IN_LIMITS = {
  pair: { max: 5, windowMs: MINUTES_15, lockMs: MINUTES_15 },
  client: { max: 20, windowMs: MINUTES_15, lockMs: MINUTES_15 },
  account: { max: 20, windowMs: MINUTES_15, lockMs: MINUTES_15 },
  device: { max: 5, windowMs: MINUTES_15, lockMs: MINUTES_15 },
} satisfies Record<string, LimitRule>;

/**
 * Wrong current passwords when changing one's password, per account (every session of it together): someone holding a
 * stolen session cannot use the form to guess the password. Counted like sign-in, with the same functions.
 */
export const PASSWORD_CHANGE_LIMIT: LimitRule = { max: 5, windowMs: MINUTES_15, lockMs: MINUTES_15 };

const PRUNE_AFTER_MS = Math.max(...[...Object.values(SIGN_IN_LIMITS), PASSWORD_CHANGE_LIMIT].map((r) => r.windowMs));
const PRUNE_BATCH = 100;
const MAX_KEY_LENGTH = 120;

/** Keys are capped: a long one keeps a readable prefix and ends in the hash of the whole. */
export function storedKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  return `${key.slice(0, MAX_KEY_LENGTH - 45)}#${createHash("sha256").update(key).digest("base64url")}`;
}

export type Attempt = { key: string; allowed: boolean; count: number };

/**
 * Counts one attempt before the caller does the slow work, in one atomic upsert (INSERT … ON CONFLICT DO UPDATE
 * SET count = count + 1 RETURNING), so parallel attempts each see their own count and at most `max` are allowed per
 * window. Counters live in the database so every app instance shares them.
 */
export async function countAttempt(db: Db, rawKey: string, rule: LimitRule, now = new Date()): Promise<Attempt> {
  const key = storedKey(rawKey);
  // A finished window without an active lock starts over. Concurrent resets are harmless: the WHERE is re-checked
  // against the committed row, so only the first one matches.
  await db.rateLimit.updateMany({
    where: { key, windowStart: { lte: new Date(now.getTime() - rule.windowMs) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { count: 0, windowStart: now, lockedUntil: null },
  });
  const row = await db.rateLimit.upsert({
    where: { key },
    create: { key, count: 1, windowStart: now },
    update: { count: { increment: 1 } },
  });
  if (row.count === 1) await pruneRateLimits(db, now);
  const locked = !!row.lockedUntil && row.lockedUntil > now;
  return { key, allowed: !locked && row.count <= rule.max, count: row.count };
}

/** Gives back one counted attempt (a success, where the rule should count only failures). */
export async function uncountAttempt(db: Db, key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key: storedKey(key), count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/**
 * After a failed attempt: locks the key for `lockMs` once its count has reached the maximum. True only for the call
 * that set the lock, so a lockout is reported once.
 */
export async function lockIfExhausted(db: Db, attempt: Attempt, rule: LimitRule, now = new Date()): Promise<boolean> {
  if (attempt.count < rule.max) return false;
  const { count } = await db.rateLimit.updateMany({
    where: { key: attempt.key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil: new Date(now.getTime() + rule.lockMs) },
  });
  return count === 1;
}

/** Deletes a bounded batch of finished, unlocked counters, so the table holds only what is still being counted. */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<number> {
  const finished = { windowStart: { lte: new Date(now.getTime() - PRUNE_AFTER_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  const stale = await db.rateLimit.findMany({ where: finished, select: { key: true }, take: PRUNE_BATCH });
  if (stale.length === 0) return 0;
  // Re-checked in the delete: a counter restarted or locked in between stays.
  const { count } = await db.rateLimit.deleteMany({ where: { key: { in: stale.map((s) => s.key) }, ...finished } });
  return count;
}
