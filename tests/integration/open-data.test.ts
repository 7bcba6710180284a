import { parse } from "csv-parse/sync";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { db } from "@/lib/db";
import { getLiveDataset, getLiveZipSha256 } from "@/lib/open-data/live";
import { freezeDataRelease, getDataRelease, listDataReleases } from "@/lib/open-data/releases";
import { serveLiveDataFile, serveReleaseFile } from "@/lib/open-data/serve";
import { seedReference } from "@/lib/seed/reference";
import { correctUpdate } from "@/lib/updates/corrections";
import { createHash } from "node:crypto";
import schema from "./schemas/datapackage-2.0.json";
import { createActor, updateInput } from "./helpers";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";

const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(schema);

/** Every entry of a ZIP, read with a real unzip library. */
function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.readEntry();
    });
  });
}

const get = (file: string) => serveLiveDataFile({ request: new Request(`http://localhost/data/${file}`), file, getUser: async () => null });

let pledge: Awaited<ReturnType<typeof createTestPledge>>;

beforeAll(async () => {
  await seedReference(db);
  pledge = await createTestPledge(db, { fields: ["alpha", "beta"] });
  const [civ] = await getCountryIds(db, ["CIV"]);
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: pledge.fields[0].id, countryIds: [civ], quantity: 7 });
});

describe("datapackage.json", () => {
  it("is a valid Data Package (v2 profile) with the configured licence, sources, version and created", async () => {
    const response = await get("datapackage.json");
    expect(response.headers.get("content-type")).toContain("application/json");
    const pkg = await response.json();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(pkg.licenses[0]).toMatchObject({ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" });
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.sources.some((s: { path?: string }) => s.path?.startsWith("http"))).toBe(true); // the corroborating reports
    expect(pkg.version).toMatch(/^\d+\.0\.0-live\.\d+$/);
    expect(Date.parse(pkg.created)).not.toBeNaN();
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(["pledge-summary", "updates-log", "country-ledger", "annual-breakdown", "changes"]);
    for (const resource of pkg.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((r: { name: string }) => r.name === fk.reference.resource);
        expect(target.schema.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(fk.reference.fields));
      }
    }
  });

  it("declares for every CSV exactly the header the CSV has, served beside it", async () => {
    const { pkg } = await getLiveDataset();
    for (const resource of pkg.resources) {
      const response = await get(resource.path);
      expect(response.status).toBe(200);
      const [header] = parse(await response.text(), { to_line: 1 }) as string[][];
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });
});

describe("the ZIP", () => {
  it("holds datapackage.json, a README and every CSV with its declared header, and matches the sha256 shown on /data", async () => {
    const { pkg, zipName, json } = await getLiveDataset();
    const response = await get(zipName);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(await getLiveZipSha256(pkg.created.slice(0, 10)));
    const entries = await readZip(bytes);
    expect([...entries.keys()]).toEqual(["datapackage.json", "README.md", ...pkg.resources.map((r) => r.path)]);
    expect(entries.get("datapackage.json")!.toString()).toBe(json);
    expect(entries.get("README.md")!.toString()).toContain("`percent_complete`");
    for (const resource of pkg.resources) {
      const [header] = parse(entries.get(resource.path)!, { to_line: 1 }) as string[][];
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
    }
    const rows = parse(entries.get("updates-log.csv")!, { columns: true }) as Record<string, string>[];
    expect(rows.some((r) => r.pledge === pledge.slug && r.quantity === "7")).toBe(true);
  });

  it("redirects another day's name to today's ZIP and answers 404 for unknown files", async () => {
    const old = await get("pledge-tracker-data-2001-01-01.zip");
    expect(old.status).toBe(302);
    expect(old.headers.get("location")).toContain(`/data/${(await getLiveDataset()).zipName}`);
    expect((await get("secrets.txt")).status).toBe(404);
  });
});

describe("data releases", () => {
  it("only an admin may freeze one", async () => {
    await expect(freezeDataRelease(await createActor("EDITOR"))).rejects.toMatchObject({ status: 403 });
    await expect(freezeDataRelease(null)).rejects.toMatchObject({ status: 401 });
  });

  it("keeps its bytes after later corrections, which show in the live package instead", async () => {
    const admin = await createActor("ADMIN");
    const release = await freezeDataRelease(admin);
    expect(release.version).toBe(`${release.number}.0.0`);
    const zipBefore = Buffer.from(await (await serveReleaseFile({ number: String(release.number), file: release.zipName })).arrayBuffer());
    const pkgBefore = await (await serveReleaseFile({ number: String(release.number), file: "datapackage.json" })).text();
    expect(createHash("sha256").update(zipBefore).digest("hex")).toBe(release.sha256);
    expect(validate(JSON.parse(pkgBefore)), JSON.stringify(validate.errors)).toBe(true);
    expect((await readZip(zipBefore)).get("datapackage.json")!.toString()).toBe(pkgBefore);

    // A later correction of a published update, and a new one.
    const update = await db.progressUpdate.findFirstOrThrow({ where: { pledgeId: pledge.id, state: "PUBLISHED" } });
    await correctUpdate(admin, { ...updateInput(pledge, { quantity: "70", eventDate: "2019-03-01" }), id: update.id, version: update.version, reason: "Typo in the quantity." });
    await createTestUpdate(db, { pledgeId: pledge.id, quantity: 3 });

    const zipAfter = Buffer.from(await (await serveReleaseFile({ number: String(release.number), file: release.zipName })).arrayBuffer());
    expect(zipAfter.equals(zipBefore)).toBe(true);
    expect(await (await serveReleaseFile({ number: String(release.number), file: "datapackage.json" })).text()).toBe(pkgBefore);
    expect((await getDataRelease(release.number))?.sha256).toBe(release.sha256);
    const frozen = parse((await readZip(zipAfter)).get("updates-log.csv")!, { columns: true }) as Record<string, string>[];
    expect(frozen.find((r) => r.id === String(update.id))?.quantity).toBe("7");
    const live = parse(await (await get("updates-log.csv")).text(), { columns: true }) as Record<string, string>[];
    expect(live.find((r) => r.id === String(update.id))?.quantity).toBe("70");

    const next = await freezeDataRelease(admin);
    expect(next.number).toBe(release.number + 1);
    expect(next.sha256).not.toBe(release.sha256);
    expect((await listDataReleases()).map((r) => r.number).slice(0, 2)).toEqual([next.number, release.number]);
    expect((await getLiveDataset()).pkg.version).toMatch(new RegExp(`^${next.number + 1}\\.0\\.0-live\\.`));
  });

  it("answers 404 for a release or file that does not exist", async () => {
    expect((await serveReleaseFile({ number: "999999", file: "datapackage.json" })).status).toBe(404);
    expect((await serveReleaseFile({ number: "abc", file: "datapackage.json" })).status).toBe(404);
    expect((await serveReleaseFile({ number: "1", file: "../../etc/passwd" })).status).toBe(404);
  });
});
