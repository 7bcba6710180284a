import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DATABASE_URL, parseDatabaseUrl } from "./url";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file under data/", () => {
    expect(parseDatabaseUrl("")).toEqual({
      provider: "sqlite",
      url: DEFAULT_DATABASE_URL,
      file: path.resolve("data/pledge-tracker.db"),
    });
    expect(parseDatabaseUrl("  ").provider).toBe("sqlite");
  });

  it("selects PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(parseDatabaseUrl("postgres://u:p@db:5432/x").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgresql://u@127.0.0.1/x").provider).toBe("postgresql");
  });

  it("refuses other schemes and malformed URLs with a message that says what to fix", () => {
    expect(() => parseDatabaseUrl("mysql://u@h/x")).toThrow(ConfigError);
    expect(() => parseDatabaseUrl("mysql://u@h/x")).toThrow(/must start with "file:"/);
    expect(() => parseDatabaseUrl("postgresql://")).toThrow(/not a valid PostgreSQL URL/);
    expect(() => parseDatabaseUrl("file:")).toThrow(/names no file/);
  });
});
