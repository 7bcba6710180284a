import { describe, expect, it } from "vitest";
import { matchesSecret, readBearerToken } from "./bearer";

describe("bearer tokens", () => {
  it("reads the token of an Authorization: Bearer header only", () => {
    expect(readBearerToken(new Headers({ authorization: "Bearer abc.def" }))).toBe("abc.def");
    expect(readBearerToken(new Headers({ authorization: "bearer abc" }))).toBe("abc");
    expect(readBearerToken(new Headers({ authorization: "Basic abc" }))).toBeNull();
    expect(readBearerToken(new Headers({ authorization: "Bearer a b" }))).toBeNull();
    expect(readBearerToken(new Headers())).toBeNull();
  });

  it("matches only the exact secret, whatever the lengths", () => {
    const secret = "s".repeat(40);
    expect(matchesSecret(secret, secret)).toBe(true);
    expect(matchesSecret(secret.slice(1), secret)).toBe(false);
    expect(matchesSecret(`${secret}x`, secret)).toBe(false);
    expect(matchesSecret("", secret)).toBe(false);
  });
});
