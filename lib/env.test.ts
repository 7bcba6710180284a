import { describe, expect, it } from "vitest";
import { ConfigError } from "./db/url";
import { validateEnv } from "./env";

const secret = "x".repeat(32);

describe("validateEnv", () => {
  it("accepts an empty environment for local development", () => {
    expect(validateEnv({} as NodeJS.ProcessEnv).NODE_ENV).toBe("development");
  });

  it("requires a session secret in production and names the variable", () => {
    expect(() => validateEnv({} as NodeJS.ProcessEnv, { production: true })).toThrow(/AUTH_SECRET/);
    expect(validateEnv({ AUTH_SECRET: secret } as unknown as NodeJS.ProcessEnv, { production: true }).AUTH_SECRET).toBe(secret);
    expect(validateEnv({ NEXTAUTH_SECRET: secret } as unknown as NodeJS.ProcessEnv, { production: true }).NEXTAUTH_SECRET).toBe(secret);
  });

  it("rejects malformed values with one line per problem", () => {
    const run = () =>
      validateEnv({ AUTH_SECRET: "short", ADMIN_EMAIL: "nope", DATABASE_URL: "file:x.db" } as unknown as NodeJS.ProcessEnv);
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(run).toThrow(/ADMIN_EMAIL: must be an email address/);
  });

  it("licenses the open data CC-BY-4.0 unless DATA_LICENSE names another known licence", () => {
    expect(validateEnv({} as NodeJS.ProcessEnv).DATA_LICENSE).toBe("CC-BY-4.0");
    expect(validateEnv({ DATA_LICENSE: "CC0-1.0" } as unknown as NodeJS.ProcessEnv).DATA_LICENSE).toBe("CC0-1.0");
    expect(() => validateEnv({ DATA_LICENSE: "all rights reserved" } as unknown as NodeJS.ProcessEnv)).toThrow(/DATA_LICENSE: must be one of CC-BY-4.0/);
  });

  it("rejects a malformed DATABASE_URL", () => {
    expect(() => validateEnv({ DATABASE_URL: "mysql://h/x" } as unknown as NodeJS.ProcessEnv)).toThrow(/DATABASE_URL/);
  });

  it("validates every variable the app reads, not only the database and secrets", () => {
    const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
    expect(() => validateEnv(env({ PUBLIC_CACHE: "maybe" }))).toThrow(/PUBLIC_CACHE: must be on or off/);
    expect(() => validateEnv(env({ DATABASE_POOL_SIZE: "ten" }))).toThrow(/DATABASE_POOL_SIZE: must be a whole number/);
    expect(() => validateEnv(env({ OIDC_ISSUER: "https://id.example.org" }))).toThrow(/OIDC_CLIENT_ID/);
    expect(validateEnv(env({ DATABASE_POOL_SIZE: "4" })).DATABASE_POOL_SIZE).toBe(4);
    expect(validateEnv(env({})).PUBLIC_CACHE).toBe("on");
    expect(() => validateEnv(env({ HEALTH_TOKEN: "guessable" }))).toThrow(/HEALTH_TOKEN: must be at least 32 characters/);
    expect(() => validateEnv(env({ EXPORT_CONCURRENCY_TOTAL: "0" }))).toThrow(/EXPORT_CONCURRENCY_TOTAL: must be at least 1/);
    expect(validateEnv(env({})).EXPORT_CONCURRENCY_PER_CLIENT).toBe(2);
    expect(validateEnv(env({})).EXPORT_CONCURRENCY_TOTAL).toBe(8);
    expect(() => validateEnv(env({ TRUSTED_PROXIES: "10.0.0.0/33" }))).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33" is not an IP address or CIDR/);
    expect(validateEnv(env({ TRUSTED_PROXIES: "1" })).TRUSTED_PROXIES).toBe("1");
  });

  it("reads the absolute session lifetime in hours", () => {
    const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
    expect(validateEnv(env({})).SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(validateEnv(env({ SESSION_ABSOLUTE_HOURS: "8" })).SESSION_ABSOLUTE_HOURS).toBe(8);
    expect(() => validateEnv(env({ SESSION_ABSOLUTE_HOURS: "0" }))).toThrow(/SESSION_ABSOLUTE_HOURS: must be at least 1/);
    expect(() => validateEnv(env({ SESSION_ABSOLUTE_HOURS: "1000" }))).toThrow(/SESSION_ABSOLUTE_HOURS: must be at most 168/);
  });
});
