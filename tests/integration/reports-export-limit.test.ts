import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { serveReport } from "@/lib/reports/catalog";
import { countExportSlots } from "@/lib/reports/export-slots";
import { createTestPledge, createTestUpdate } from "../factories";

/** A download that has started and is not read: to the server, a client on a very slow line. */
function startDownload(client: string, file = "updates-log.csv", query = "") {
  const request = new Request(`http://localhost/reports/${file}?${query}`, { headers: { "x-forwarded-for": client } });
  return serveReport({ request, file, getUser: async () => null });
}

const open: Response[] = [];
async function hold(client: string) {
  const response = await startDownload(client);
  if (response.status === 200) open.push(response);
  return response;
}

beforeAll(async () => {
  Object.assign(process.env, { EXPORT_CONCURRENCY_PER_CLIENT: "2", EXPORT_CONCURRENCY_TOTAL: "3" });
  resetEnv();
  const pledge = await createTestPledge(db);
  for (let i = 0; i < 3; i++) await createTestUpdate(db, { pledgeId: pledge.id });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.body?.cancel()));
  expect(countExportSlots()).toBe(0);
});

afterAll(() => {
  delete process.env.EXPORT_CONCURRENCY_PER_CLIENT;
  delete process.env.EXPORT_CONCURRENCY_TOTAL;
  resetEnv();
});

describe("concurrent full exports", () => {
  it("refuses a client's download beyond its limit with 429, Retry-After and the one error shape", async () => {
    expect((await hold("198.51.100.1")).status).toBe(200);
    expect((await hold("198.51.100.1")).status).toBe(200);
    const extra = await hold("198.51.100.1");
    expect(extra.status).toBe(429);
    expect(Number(extra.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await extra.json()).toEqual({ error: { code: "too_many_exports", message: expect.any(String) } });
    expect((await hold("198.51.100.2")).status).toBe(200); // another client still gets one
  });

  it("refuses everyone beyond the overall limit", async () => {
    for (const client of ["198.51.100.10", "198.51.100.11", "198.51.100.12"]) expect((await hold(client)).status).toBe(200);
    const extra = await hold("198.51.100.13");
    expect(extra.status).toBe(429);
    expect(extra.headers.get("retry-after")).not.toBeNull();
  });

  it("frees the slot when a download finishes, so a new one succeeds", async () => {
    const [first] = [await hold("198.51.100.20"), await hold("198.51.100.20")];
    expect((await hold("198.51.100.20")).status).toBe(429);
    open.splice(open.indexOf(first), 1);
    expect((await first.text()).split("\r\n")[0]).toMatch(/^id,external_id,/);
    expect(countExportSlots("198.51.100.20")).toBe(1);
    expect((await hold("198.51.100.20")).status).toBe(200);
  });

  it("frees the slot when the client disconnects mid-download", async () => {
    const first = await hold("198.51.100.30");
    await hold("198.51.100.30");
    const reader = first.body!.getReader();
    expect((await reader.read()).done).toBe(false); // the header arrived: the download is under way
    open.splice(open.indexOf(first), 1);
    await reader.cancel("client went away");
    expect(countExportSlots("198.51.100.30")).toBe(1);
    expect((await hold("198.51.100.30")).status).toBe(200);
  });

  it("holds no slot for a refused or invalid request", async () => {
    expect((await startDownload("198.51.100.40", "updates-log.csv", "from=nope")).status).toBe(400);
    expect((await startDownload("198.51.100.40", "nothing.csv")).status).toBe(404);
    expect((await startDownload("198.51.100.40", "audit-log.csv")).status).toBe(401);
    expect(countExportSlots()).toBe(0);
  });
});
