import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE_MAX_AGE_S, issueDeviceToken, readDeviceToken } from "./device-cookie";

const secret = "unit-test-secret-0123456789abcdefghijkl";

describe("device tokens", () => {
  it("round-trip for the account they were issued to, with a fresh nonce each time", () => {
    const a = readDeviceToken(issueDeviceToken({ userId: 7, secret }), { secret });
    const b = readDeviceToken(issueDeviceToken({ userId: 7, secret }), { secret });
    expect(a).toMatchObject({ userId: 7 });
    expect(a!.nonce).not.toBe(b!.nonce);
  });

  it("refuse a forged, altered, re-targeted or expired token", () => {
    const token = issueDeviceToken({ userId: 7, secret, now: 1_000_000 });
    expect(readDeviceToken(token, { secret: `${secret}-other`, now: 1_000_000 })).toBeNull();
    expect(readDeviceToken(token.replace("v1.7.", "v1.8."), { secret, now: 1_000_000 })).toBeNull();
    const [v, uid, exp, nonce, sig] = token.split(".");
    expect(readDeviceToken([v, uid, Number(exp) + 999, nonce, sig].join("."), { secret, now: 1_000_000 })).toBeNull();
    expect(readDeviceToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, { secret, now: 1_000_000 })).toBeNull();
    expect(readDeviceToken(token, { secret, now: 1_000_000 + DEVICE_COOKIE_MAX_AGE_S * 1000 })).toBeNull();
    expect(readDeviceToken(token, { secret, now: 1_000_000 + DEVICE_COOKIE_MAX_AGE_S * 1000 - 1000 })).toMatchObject({ userId: 7 });
    for (const junk of [undefined, "", "v1.7", "x".repeat(500), `${token}.extra`]) expect(readDeviceToken(junk, { secret })).toBeNull();
  });
});
