import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP "device cookies": a browser that has signed in to an account gets a token, signed with the auth secret and
 * bound to that account, that exempts it from the account's lockout. Its own failures are throttled under its nonce.
 */
export const DEVICE_COOKIE_MAX_AGE_S = 90 * 24 * 60 * 60;

export type DeviceToken = { userId: number; nonce: string; expiresAt: number };

/** __Host- pins the cookie to this exact origin, which browsers only allow on Secure cookies. */
export const deviceCookieName = (secure: boolean) => (secure ? "__Host-pledge-device" : "pledge-device");

const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(`pledge-device-cookie:${payload}`).digest("base64url");

export function issueDeviceToken({ userId, secret, now = Date.now() }: { userId: number; secret: string; now?: number }): string {
  const payload = `v1.${userId}.${Math.floor(now / 1000) + DEVICE_COOKIE_MAX_AGE_S}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The token's contents when its signature is valid and it has not expired; otherwise null. */
export function readDeviceToken(value: string | undefined, { secret, now = Date.now() }: { secret: string; now?: number }): DeviceToken | null {
  if (!value || value.length > 200) return null;
  const match = /^(v1\.(\d{1,12})\.(\d{1,12})\.([\w-]{22}))\.([\w-]{43})$/.exec(value);
  if (!match) return null;
  const [, payload, userId, expiresAt, nonce, signature] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Number(expiresAt) * 1000 <= now) return null;
  return { userId: Number(userId), nonce, expiresAt: Number(expiresAt) };
}
