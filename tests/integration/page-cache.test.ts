import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db, provider } from "@/lib/db";
import { withPageCache } from "@/lib/page-cache/handler";
import { createTestPledge, createTestUpdate } from "../factories";

// The page cache in front of a stand-in for Next.js that renders a pledge's update count from the real database:
// what a visitor gets must change with every commit, from this process or another, and nothing else may be cached.
let server: Server;
let base: string;
let renders = 0;
let slug: string;

async function renderFromDatabase(request: IncomingMessage, response: ServerResponse) {
  renders++;
  const count = await db.progressUpdate.count({ where: { pledge: { slug }, state: "PUBLISHED" } });
  response.setHeader("content-type", "text/html; charset=utf-8");
  if (request.url === "/countries/ME") response.setHeader("set-cookie", "visitor=1");
  response.statusCode = request.url?.startsWith("/pledges/missing") ? 404 : 200;
  // What React sends when a Suspense boundary fails on the server: a 200 that must not be kept.
  const failed = request.url === "/countries/ERR" ? "<!--$!--><template data-dgst=\"1\"></template><!--/$-->" : "";
  response.end(`<p>${request.url} has ${count} updates</p>${failed}`);
}

beforeAll(async () => {
  slug = (await createTestPledge(db, { target: 10 })).slug;
  server = createServer();
  server.on("request", withPageCache({ handle: renderFromDatabase, origin: () => base }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, cache: response.headers.get("x-page-cache"), body: await response.text() };
}

// On PostgreSQL the stamp is cluster-wide, so a background write (autovacuum's analyze) can make one load a miss.
async function getUntilHit(path: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await get(path);
    if (result.cache === "hit" || attempt === 5) return result;
  }
}

/** A request with a raw target, as a client can send it ("//host/"), which fetch would normalise away. */
async function getRaw(target: string) {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const { port } = new URL(base);
    httpGet({ host: "127.0.0.1", port, path: target }, resolve).on("error", reject);
  });
  response.resume();
  return { status: response.statusCode, cache: response.headers["x-page-cache"] ?? null };
}

describe(`page cache on ${provider}`, () => {
  it("serves a public page from the cache until the data changes, through any connection", async () => {
    const first = await get("/");
    expect(first).toMatchObject({ status: 200, cache: "miss", body: "<p>/ has 0 updates</p>" });
    expect(await getUntilHit("/")).toMatchObject({ cache: "hit", body: first.body });
    const before = renders;
    expect(await getUntilHit("/")).toMatchObject({ cache: "hit", body: first.body });
    expect(renders).toBe(before);

    const pledge = await db.pledge.findUniqueOrThrow({ where: { slug } });
    await createTestUpdate(db, { pledgeId: pledge.id });
    expect(await get("/")).toMatchObject({ cache: "miss", body: "<p>/ has 1 updates</p>" });

    const other = createDb(process.env.DATABASE_URL);
    try {
      await createTestUpdate(other.db, { pledgeId: pledge.id });
    } finally {
      await other.db.$disconnect();
    }
    expect(await get("/")).toMatchObject({ cache: "miss", body: "<p>/ has 2 updates</p>" });
  });

  it("sends the stored page compressed when the client accepts it", async () => {
    const plain = await get("/updates");
    await getUntilHit("/updates");
    // node:http rather than fetch, which would decompress on its own.
    const response = await new Promise<IncomingMessage>((resolve) => httpGet(`${base}/updates`, { headers: { "accept-encoding": "gzip" } }, resolve));
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers).toMatchObject({ "content-encoding": "gzip", "x-page-cache": "hit" });
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toBe(plain.body);
  });

  it("passes through client navigations, other paths and responses for one visitor; sends errors as rendered, once", async () => {
    await get("/countries");
    expect((await get("/countries", { rsc: "1" })).cache).toBeNull();
    expect((await get("/countries?_rsc=abc")).cache).toBeNull();
    expect((await get("/admin")).cache).toBeNull();
    expect((await get("/reports/updates-log.csv")).cache).toBeNull();
    for (let i = 0; i < 2; i++) {
      const before = renders;
      expect(await get("/pledges/missing")).toMatchObject({ status: 404, cache: "pass" });
      expect(renders).toBe(before + 1);
      expect((await get("/countries/ME")).cache).toBeNull();
    }
  });

  it("never keeps a page whose server render failed in part", async () => {
    for (let i = 0; i < 2; i++) {
      const before = renders;
      expect(await get("/countries/ERR")).toMatchObject({ status: 200, cache: null });
      expect(renders).toBe(before + 2); // the fill, then the visitor's own render
    }
  });

  it("does not fetch another server for a target that names one", async () => {
    const before = renders;
    // It names this very server, so a fill would succeed: only refusing the target keeps it out of the cache.
    expect(await getRaw(`//${new URL(base).host}/`)).toMatchObject({ cache: null });
    expect(renders).toBe(before + 1); // handed to Next.js as it came
  });
});
