import { beforeAll, describe, expect, it } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as getCountries, OPTIONS as countriesPreflight } from "@/app/api/v1/countries/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPledge } from "@/app/api/v1/pledges/[slug]/route";
import { GET as getUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import { GET as getPledges } from "@/app/api/v1/pledges/route";
import { db } from "@/lib/db";
import { serveDocumentDownload } from "@/lib/evidence/documents";
import { storeUploadedDocument } from "@/lib/evidence/upload";
import { freezeDataRelease } from "@/lib/open-data/releases";
import { seedReference } from "@/lib/seed/reference";
import { reviewUpdate, createUpdate } from "@/lib/updates/actions";
import { correctUpdate } from "@/lib/updates/corrections";
import { createTestPledge, createTestUpdate, getCountryIds, unique } from "../factories";
import { PDF_BYTES, uploadRequest } from "./documents";
import { createActor, createWorkflowPledge, updateInput } from "./helpers";
import { ajv, doc, expectMatchesDocument } from "./openapi-document";

const request = (url: string) => new Request(`http://localhost/api/v1${url}`, { headers: { Origin: "https://elsewhere.example" } });

let pledge: Awaited<ReturnType<typeof createTestPledge>>;
const created: number[] = [];

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { fields: ["cyber"] });
  const [ken, chn] = await getCountryIds(db, ["KEN", "CHN"]);
  for (let i = 0; i < 5; i++) {
    const update = await createTestUpdate(db, {
      pledgeId: pledge.id,
      fieldId: i % 2 ? pledge.fields[0].id : undefined,
      countryIds: i % 2 ? [ken] : [ken, chn],
      eventDate: new Date(Date.UTC(2018, i, 1)),
      quantity: i - 1,
    });
    created.push(update.id);
  }
  await createTestUpdate(db, { pledgeId: pledge.id, state: "DRAFT" });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1, served at /api/v1/openapi.json with CORS, and lists every endpoint", async () => {
    const response = getOpenApi();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const served = await response.json();
    expect(served.openapi).toBe("3.1.0");
    expect(Object.keys(served.paths).sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });


  it("has schemas strict enough to catch a broken body", () => {
    const schema = doc.paths["/countries"].get.responses["200"].content!["application/json"].schema;
    const validate = ajv.compile({ ...schema, components: doc.components });
    expect(validate({ items: [{ iso3: "KE", name: "Kenya" }] })).toBe(false);
    expect(validate({ items: [] })).toBe(true);
  });
});

// Every documented path is exercised here (/oembed in oembed.test.ts); the test above fails when one is added without a
// contract test.
const ENDPOINTS: Record<string, true> = {
  "/pledges": true, "/pledges/{slug}": true, "/pledges/{slug}/updates": true, "/countries": true, "/changes": true, "/documents/{id}": true, "/oembed": true,
};

describe("GET /pledges and /pledges/{slug}", () => {
  it("lists every pledge with value, pace and status, matching the document", async () => {
    const response = await getPledges(request("/pledges"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expectMatchesDocument("/pledges", 200, body);
    const mine = body.items.find((p: { slug: string }) => p.slug === pledge.slug);
    expect(mine).toMatchObject({ value: 0 + -1 + 0 + 1 + 2 + 3, publishedUpdates: 5 });
    expect(body.items.map((p: { slug: string }) => p.slug)).toEqual(expect.arrayContaining(["joint-operations", "systems-and-labs", "training"]));
  });

  it("returns one pledge with its source and fields, or 404", async () => {
    const response = await getPledge(request(`/pledges/${pledge.slug}`), { params: Promise.resolve({ slug: pledge.slug }) });
    const body = await response.json();
    expectMatchesDocument("/pledges/{slug}", 200, body);
    expect(body).toMatchObject({ slug: pledge.slug, fields: [{ slug: pledge.fields[0].slug }], sourceSentence: "A sentence." });
    expect(typeof body.expectedByNow).toBe("number");
    const missing = await getPledge(request("/pledges/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(missing.status).toBe(404);
    expectMatchesDocument("/pledges/{slug}", 404, await missing.json());
  });

  it("takes ?lang= (documented) for its text fields, with the same field names, and a 400 for an unknown language", async () => {
    const documented = (path: string) => (doc.paths[path].get as unknown as { parameters: { name: string; in: string }[] }).parameters;
    for (const path of ["/pledges", "/pledges/{slug}", "/countries"]) expect(documented(path)).toContainEqual(expect.objectContaining({ name: "lang", in: "query" }));
    const fr = await (await getPledge(request("/pledges/training?lang=fr"), { params: Promise.resolve({ slug: "training" }) })).json();
    const en = await (await getPledge(request("/pledges/training"), { params: Promise.resolve({ slug: "training" }) })).json();
    expectMatchesDocument("/pledges/{slug}", 200, fr);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(fr.title).not.toBe(en.title);
    expectMatchesDocument("/pledges", 200, await (await getPledges(request("/pledges?lang=zh"))).json());
    const bad = await getPledges(request("/pledges?lang=klingon"));
    expect(bad.status).toBe(400);
    expectMatchesDocument("/pledges", 400, await bad.json());
  });
});

describe("GET /pledges/{slug}/updates", () => {
  const call = (slug: string, query = "") => getUpdates(request(`/pledges/${slug}/updates?${query}`), { params: Promise.resolve({ slug }) });

  it("pages through published updates with a cursor and matches the document", async () => {
    const first = await call(pledge.slug, "limit=2");
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const page1 = await first.json();
    expectMatchesDocument("/pledges/{slug}/updates", 200, page1);
    expect(page1.items.map((u: { id: number }) => u.id)).toEqual(created.slice(0, 2));
    const page2 = await (await call(pledge.slug, `limit=2&cursor=${page1.nextCursor}`)).json();
    const page3 = await (await call(pledge.slug, `limit=2&cursor=${page2.nextCursor}`)).json();
    expect([...page2.items, ...page3.items].map((u: { id: number }) => u.id)).toEqual(created.slice(2));
    expect(page3.nextCursor).toBeNull();
    expect(page1.items[0]).toMatchObject({ pledge: pledge.slug, quantity: -1, eventDate: "2018-01-01", countries: [{ iso3: "CHN" }, { iso3: "KEN" }] });
  });

  it("applies the export's filters", async () => {
    const cyber = await (await call(pledge.slug, `field=${pledge.fields[0].slug}`)).json();
    expect(cyber.items).toHaveLength(2);
    const chn = await (await call(pledge.slug, "country=CHN&from=2018-02-01")).json();
    expect(chn.items.map((u: { eventDate: string }) => u.eventDate)).toEqual(["2018-03-01", "2018-05-01"]);
    const asia = await (await call(pledge.slug, "region=Asia")).json();
    expect(asia.items).toHaveLength(3);
  });

  it("answers 400 naming the parameter, in the documented error shape", async () => {
    for (const [query, field] of [["limit=0", "limit"], ["limit=501", "limit"], ["cursor=abc", "cursor"], ["to=2018-01-01&from=2019-01-01", "to"], ["country=ZZZ", "country"]]) {
      const response = await call(pledge.slug, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = await response.json();
      expectMatchesDocument("/pledges/{slug}/updates", 400, body);
      expect(Object.keys(body.error.fields)).toEqual([field]);
    }
  });

  it("answers 404 for an unknown pledge", async () => {
    const response = await call(unique("missing"));
    expect(response.status).toBe(404);
    expectMatchesDocument("/pledges/{slug}/updates", 404, await response.json());
  });
});

describe("GET /countries", () => {
  it("lists countries with their published reach and matches the document", async () => {
    const response = await getCountries(request("/countries?region=Africa"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expectMatchesDocument("/countries", 200, body);
    expect(body.items.every((c: { region: string }) => c.region === "Africa")).toBe(true);
    const kenya = body.items.find((c: { iso3: string }) => c.iso3 === "KEN");
    expect(kenya.pledges).toContain(pledge.slug);
    expect(kenya.publishedUpdates).toBeGreaterThanOrEqual(5);
  });

  it("filters developing countries and rejects a bad flag with 400", async () => {
    const body = await (await getCountries(request("/countries?developing=false"))).json();
    expect(body.items.some((c: { iso3: string }) => c.iso3 === "FRA")).toBe(true);
    expect(body.items.every((c: { developing: boolean }) => !c.developing)).toBe(true);
    const bad = await getCountries(request("/countries?developing=maybe"));
    expect(bad.status).toBe(400);
    expectMatchesDocument("/countries", 400, await bad.json());
  });

  it("answers the CORS preflight", () => {
    const response = countriesPreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("GET /changes", () => {
  let changed: Awaited<ReturnType<typeof createWorkflowPledge>>;
  let updateId = 0;

  beforeAll(async () => {
    const [admin, editor] = [await createActor("ADMIN"), await createActor("EDITOR")];
    changed = await createWorkflowPledge();
    const u = await createUpdate(editor, updateInput(changed, { quantity: "4" }), { submit: true });
    const published = await reviewUpdate(admin, { id: u.id, version: u.version, decision: "publish" });
    await correctUpdate(admin, { ...updateInput(changed, { quantity: "6" }), id: u.id, version: published.version, reason: "Recounted from the report" });
    await createUpdate(editor, updateInput(changed), { submit: true }); // submitted, never public
    updateId = u.id;
  });

  it("lists changes newest first, filtered and paged, matching the document", async () => {
    const response = await getChanges(request(`/changes?pledge=${changed.slug}&limit=1`));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const page1 = await response.json();
    expectMatchesDocument("/changes", 200, page1);
    expect(page1.items).toHaveLength(1);
    expect(page1.items[0]).toMatchObject({
      kind: "CORRECTION",
      updateId,
      pledge: { slug: changed.slug },
      reason: "Recounted from the report",
      url: `/changes/${page1.items[0].id}`,
    });
    expect(page1.items[0].diff).toContainEqual({ field: "quantity", before: 4, after: 6 });
    const page2 = await (await getChanges(request(`/changes?pledge=${changed.slug}&limit=1&cursor=${page1.nextCursor}`))).json();
    expect(page2.items.map((c: { kind: string }) => c.kind)).toEqual(["PUBLICATION"]);
    expect(page2.nextCursor).toBeNull();
    const corrections = await (await getChanges(request(`/changes?pledge=${changed.slug}&kind=Correction`))).json();
    expect(corrections.items.map((c: { updateId: number }) => c.updateId)).toEqual([updateId]);
  });

  it("lists a data release as a change of kind RELEASE, which the document names", async () => {
    const release = await freezeDataRelease(await createActor("ADMIN"));
    const response = await getChanges(request("/changes?kind=release&limit=1"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expectMatchesDocument("/changes", 200, body);
    expect(body.items[0]).toMatchObject({ kind: "RELEASE", pledge: null, updateId: null, entityType: "data-release", entityId: String(release.number) });
  });

  it("answers 400 naming the parameter", async () => {
    for (const [query, field] of [["kind=rumour", "kind"], ["pledge=no-such-pledge", "pledge"], ["limit=0", "limit"], ["cursor=x", "cursor"]]) {
      const response = await getChanges(request(`/changes?${query}`));
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expectMatchesDocument("/changes", 400, body);
      expect(Object.keys(body.error.fields)).toEqual([field]);
    }
  });
});

describe("GET /documents/{id} (served at /api/documents/{id})", () => {
  let publicId = 0;
  let internalId = 0;
  let documented: Awaited<ReturnType<typeof createWorkflowPledge>>;
  const download = (id: string, headers: HeadersInit = {}) =>
    serveDocumentDownload({ request: new Request(`http://localhost/api/documents/${id}`, { headers }), id, getUser: async () => null });

  beforeAll(async () => {
    const [admin, editor] = [await createActor("ADMIN"), await createActor("EDITOR")];
    documented = await createWorkflowPledge();
    publicId = (await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "report.pdf"))).id;
    internalId = (await storeUploadedDocument(editor, uploadRequest(PDF_BYTES, "internal.pdf"))).id;
    const item = { source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01" };
    const evidence = [{ ...item, documentId: String(publicId) }, { ...item, documentId: String(internalId), visibility: "INTERNAL" }];
    const u = await createUpdate(editor, updateInput(documented, { evidence }), { submit: true });
    await reviewUpdate(admin, { id: u.id, version: u.version, decision: "publish" });
  });

  it("is the documented operation the API's downloadUrl points to (its server is /api)", async () => {
    const response = await getUpdates(request(`/pledges/${documented.slug}/updates`), { params: Promise.resolve({ slug: documented.slug }) });
    const [update] = (await response.json()).items;
    const operation = doc.paths["/documents/{id}"].get;
    expect(operation.servers).toEqual([expect.objectContaining({ url: "/api" })]);
    const documentedUrl = `${operation.servers![0].url}/documents/${publicId}`;
    expect(update.evidenceItems.map((i: { document: { downloadUrl: string } | null }) => i.document?.downloadUrl)).toEqual([documentedUrl]);
  });

  it("serves a public document with the documented type and headers, and 304 for its ETag", async () => {
    const response = await download(String(publicId));
    expect(response.status).toBe(200);
    const documented = doc.paths["/documents/{id}"].get.responses["200"];
    expect(Object.keys(documented.content!)).toContain(response.headers.get("content-type"));
    for (const name of Object.keys(documented.headers!)) expect(response.headers.get(name), name).not.toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    const again = await download(String(publicId), { "If-None-Match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(doc.paths["/documents/{id}"].get.responses["304"]).toBeDefined();
  });

  it("answers the documented 404 for an internal, unknown or malformed id alike", async () => {
    for (const id of [String(internalId), "2147483647", "abc"]) {
      const response = await download(id);
      expect(response.status, id).toBe(404);
      expectMatchesDocument("/documents/{id}", 404, await response.json());
    }
  });
});
