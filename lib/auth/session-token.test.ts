import { describe, expect, it } from "vitest";
import { createSessionClaims, isSessionTokenCurrent, renewSessionToken } from "./session-token";

const HOUR = 3600 * 1000;
const row = { id: 7, email: "e@x.test", name: "E", role: "EDITOR" as const, disabled: false, mustChangePassword: false, sessionVersion: 3 };

describe("session tokens", () => {
  it("carry the account, its session version, the sign-in time and a session id of their own", () => {
    const now = Date.UTC(2026, 0, 1, 9);
    const claims = createSessionClaims(row, now);
    expect(claims).toEqual({ uid: 7, role: "EDITOR", sv: 3, authTime: now / 1000, sid: expect.stringMatching(/^[\w-]{36}$/) });
    expect(createSessionClaims(row, now).sid).not.toBe(claims.sid);
  });

  it("expire at the absolute lifetime however often they were refreshed", () => {
    const signedIn = Date.UTC(2026, 0, 1, 9);
    const token = { ...createSessionClaims(row, signedIn), iat: signedIn / 1000 + 11.9 * 3600 }; // refreshed a minute ago
    expect(isSessionTokenCurrent(token, { now: signedIn + 11.99 * HOUR, hours: 12 })).toBe(true);
    expect(isSessionTokenCurrent(token, { now: signedIn + 12 * HOUR, hours: 12 })).toBe(false);
    expect(isSessionTokenCurrent(token, { now: signedIn + 2 * HOUR, hours: 1 })).toBe(false);
  });

  it("refuse tokens without the claims or signed in the future", () => {
    const now = Date.UTC(2026, 0, 1, 9);
    const claims = createSessionClaims(row, now);
    expect(isSessionTokenCurrent(null, { now, hours: 12 })).toBe(false);
    expect(isSessionTokenCurrent({ uid: 7, role: "EDITOR" }, { now, hours: 12 })).toBe(false); // issued before sessionVersion existed
    expect(isSessionTokenCurrent({ ...claims, sv: undefined }, { now, hours: 12 })).toBe(false);
    expect(isSessionTokenCurrent({ ...claims, sid: undefined }, { now, hours: 12 })).toBe(false); // issued before sign-out revoked sessions
    expect(isSessionTokenCurrent({ ...claims, sid: "" }, { now, hours: 12 })).toBe(false);
    expect(isSessionTokenCurrent({ ...claims, authTime: now / 1000 + 3600 }, { now, hours: 12 })).toBe(false);
  });

  it("renew only this user's token at the version the password change started from, keeping the sign-in time", () => {
    const token = { ...createSessionClaims(row, Date.UTC(2026, 0, 1, 9)), jti: "a" };
    expect(renewSessionToken(token, { userId: 7, from: 3, to: 4 })).toEqual({ ...token, sv: 4 });
    expect(renewSessionToken(token, { userId: 8, from: 3, to: 4 })).toBeNull();
    expect(renewSessionToken(token, { userId: 7, from: 2, to: 3 })).toBeNull();
    expect(renewSessionToken(null, { userId: 7, from: 3, to: 4 })).toBeNull();
  });
});
