import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import type { SessionUser } from "@/lib/auth/permissions";
import { readPublicDataStamp } from "@/lib/cache";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { createDb, db, provider } from "@/lib/db";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";
import { bumpPublicVersion } from "@/lib/db/public-version";
import { withPageCache } from "@/lib/page-cache/handler";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { changeUserRole } from "@/lib/users/actions";
import { getCountryIds } from "../factories";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";

// The page cache in front of a stand-in for Next.js that renders what the public sees of one pledge and one
// country from the real database. Only changes the public can see may make a visitor wait for a render.
let server: Server;
let base: string;
let renders = 0;
let cache: ReturnType<typeof withPageCache>;
let editor: SessionUser;
let admin: SessionUser;
let pledge: Awaited<ReturnType<typeof createWorkflowPledge>>;
let countryId: number;

async function renderFromDatabase(request: IncomingMessage, response: ServerResponse) {
  renders++;
  const updates = await db.progressUpdate.findMany({ where: { pledgeId: pledge.id, ...PUBLIC_UPDATE_WHERE }, select: { quantity: true } });
  const country = await db.country.findUniqueOrThrow({ where: { id: countryId } });
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.end(`<p>${request.url}: ${updates.map((u) => u.quantity).join("+") || "none"}; developing ${country.developing}</p>`);
}

beforeAll(async () => {
  await seedReference(db);
  editor = await createActor("EDITOR");
  admin = await createActor("ADMIN");
  pledge = await createWorkflowPledge();
  [countryId] = await getCountryIds(db, ["KEN"]);
  server = createServer();
  cache = withPageCache({ handle: renderFromDatabase, origin: () => base });
  server.on("request", cache);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
});

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return { cache: response.headers.get("x-page-cache"), body: await response.text() };
}

/** Publishes a new update through the review workflow; returns it as it stands after publication. */
async function publish(quantity: string) {
  const created = await createUpdate(editor, updateInput(pledge, { quantity }), { submit: true });
  const published = await reviewUpdate(admin, { id: created.id, version: created.version, decision: "publish" });
  return published;
}

/** The stamp may be shared for a millisecond: a change committed elsewhere shows on any load that starts later. */
async function waitForTheStampWindow(since: number) {
  while (performance.now() - since < 2) await new Promise((resolve) => setImmediate(resolve));
}

describe(`public-data version on ${provider}`, () => {
  it("keeps cached pages through a failed sign-in, a saved draft, a returned update and a user edit", async () => {
    const first = await get("/");
    expect(first.cache).toBe("miss");
    expect(await get("/")).toMatchObject({ cache: "hit", body: first.body });
    const stamp = await readPublicDataStamp();
    const before = renders;

    expect(await authenticateWithPassword(db, { email: admin.email, password: "not-the-password-1", client: "203.0.113.9" })).toBeNull();
    const draft = await createUpdate(editor, updateInput(pledge, { quantity: "50" }));
    const submitted = await editUpdate(editor, { ...updateInput(pledge, { quantity: "51" }), id: draft.id, version: draft.version }, { submit: true });
    await reviewUpdate(admin, { id: draft.id, version: submitted.version, decision: "return", comment: "Add the evidence." });
    const other = await createActor("EDITOR");
    await changeUserRole(admin, { userId: other.id, role: "ADMIN" });
    expect(await db.rateLimit.count()).toBeGreaterThan(0); // the failed sign-in did write

    await waitForTheStampWindow(performance.now());
    expect(await readPublicDataStamp()).toBe(stamp);
    expect(await get("/")).toMatchObject({ cache: "hit", body: first.body });
    expect(await get("/countries?junk=1")).toMatchObject({ cache: "miss" });
    expect(renders).toBe(before + 1);
  });

  it("renders afresh on the next view after a publish, a correction, a deletion and a developing-flag change", async () => {
    await get("/updates");
    const published = await publish("7");
    expect(await get("/updates")).toMatchObject({ cache: "miss", body: expect.stringContaining(": 7;") });

    const current = await db.progressUpdate.findUniqueOrThrow({ where: { id: published.id } });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "9" }), id: current.id, version: current.version, reason: "The report said nine." });
    expect(await get("/updates")).toMatchObject({ cache: "miss", body: expect.stringContaining(": 9;") });

    const corrected = await db.progressUpdate.findUniqueOrThrow({ where: { id: published.id } });
    await deleteUpdate(admin, { id: corrected.id, version: corrected.version, reason: "Counted twice." });
    expect(await get("/updates")).toMatchObject({ cache: "miss", body: expect.stringContaining(": none;") });

    const country = await db.country.findUniqueOrThrow({ where: { id: countryId } });
    await setCountryDeveloping(admin, { countryId, developing: !country.developing, expected: country.developing });
    expect(await get("/updates")).toMatchObject({ cache: "miss", body: expect.stringContaining(`developing ${!country.developing}`) });
    await setCountryDeveloping(admin, { countryId, developing: country.developing, expected: !country.developing });
  });

  it("shows a public change committed through another connection on the next load, with no local signal", async () => {
    await get("/about");
    expect((await get("/about")).cache).toBe("hit");
    const other = createDb(process.env.DATABASE_URL);
    try {
      await other.db.$transaction(async (tx) => {
        await tx.country.update({ where: { id: countryId }, data: { name: "Kenya (renamed elsewhere)" } });
        await bumpPublicVersion(tx);
      });
    } finally {
      await other.db.$disconnect();
    }
    await waitForTheStampWindow(performance.now());
    expect((await get("/about")).cache).toBe("miss");
    await db.country.update({ where: { id: countryId }, data: { name: "Kenya" } });
  });

  it("renders the busiest pages again in the background after a public change in this process", async () => {
    for (let i = 0; i < 3; i++) await get("/pledges/busy");
    const before = renders;
    await publish("3");
    await cache.warmedUp(); // started by the publish: the busiest pages, one after another, without any visitor asking
    expect(renders).toBeGreaterThan(before);
    expect(await get("/pledges/busy")).toMatchObject({ cache: "hit", body: expect.stringContaining("3") });
  });
});
