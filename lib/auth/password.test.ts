import { hash, parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, PASSWORD_HASH_PARAMS, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with at least OWASP's minimum parameters", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(parseOptions(stored)).toMatchObject(PASSWORD_HASH_PARAMS);
    expect(PASSWORD_HASH_PARAMS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(PASSWORD_HASH_PARAMS.timeCost).toBeGreaterThanOrEqual(2);
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", "wrong")).toBe(false);
  });

  it("asks for a rehash when the stored parameters differ", async () => {
    expect(needsRehash(await hashPassword("x"))).toBe(false);
    expect(needsRehash(await hash("x", { memoryCost: 4096, timeCost: 3, parallelism: 1 }))).toBe(true);
    expect(needsRehash(await hash("x", { ...PASSWORD_HASH_PARAMS, algorithm: 1 as typeof PASSWORD_HASH_PARAMS.algorithm }))).toBe(true);
    expect(needsRehash("$2b$10$legacybcrypthashlegacybcrypthashlegacybcrypthash")).toBe(true);
  });
});
