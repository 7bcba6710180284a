import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { serveHealth } from "@/lib/db/health";
import { resetEnv } from "@/lib/env";
import { createActor } from "./helpers";

const TOKEN = "health-token-for-the-integration-test-0123456789";

async function check(options: { authorization?: string; user?: SessionUser | null; getUser?: () => Promise<SessionUser | null> } = {}) {
  const headers = options.authorization ? { authorization: options.authorization } : undefined;
  const response = await serveHealth({
    request: new Request("http://localhost/api/health", { headers }),
    getUser: options.getUser ?? (async () => options.user ?? null),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cache: response.headers.get("cache-control") };
}

beforeAll(() => {
  process.env.HEALTH_TOKEN = TOKEN;
  resetEnv();
});

afterAll(() => {
  delete process.env.HEALTH_TOKEN;
  resetEnv();
});

describe("/api/health", () => {
  it("tells anonymous callers only up or down: no provider, migration names or error text", async () => {
    const response = await check();
    expect(response).toEqual({ status: 200, body: { status: "ok" }, cache: "no-store" });
  });

  it("gives nothing more to a wrong, truncated or non-bearer token, or to an editor", async () => {
    const editor = await createActor("EDITOR");
    for (const authorization of [`Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, `Bearer`, TOKEN]) {
      expect((await check({ authorization })).body).toEqual({ status: "ok" });
    }
    expect((await check({ user: editor })).body).toEqual({ status: "ok" });
  });

  it("still answers up or down when reading the session fails", async () => {
    const response = await check({ getUser: () => Promise.reject(new Error("database is locked")) });
    expect(response.body).toEqual({ status: "ok" });
  });

  it("gives the details to a caller holding HEALTH_TOKEN and to a signed-in admin", async () => {
    const admin = await createActor("ADMIN");
    for (const response of [await check({ authorization: `Bearer ${TOKEN}` }), await check({ user: admin })]) {
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: "ok", database: "up", migrations: { upToDate: true, pending: [] } });
      expect(typeof response.body.provider).toBe("string");
    }
  });
});
