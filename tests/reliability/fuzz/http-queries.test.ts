import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getPledge } from "@/app/api/v1/pledges/[slug]/route";
import { GET as getPledgeUpdates } from "@/app/api/v1/pledges/[slug]/updates/route";
import { ApiErrorSchema } from "@/lib/api/schemas";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { REPORTS, serveReport } from "@/lib/reports/catalog";
import { seedReference } from "@/lib/seed/reference";
import { createActor } from "../../integration/helpers";
import { BOUNDARIES, digestDatabase, fuzzOptions, nastyText } from "./support";

// The query parsers of the JSON API and the CSV exports, through their real handlers: any query string is a 200
// or a 4xx in the one error shape, never a 500, and reading never writes.
let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  editor = await createActor("EDITOR");
});

const PARAM_NAMES = ["pledge", "from", "to", "country", "region", "field", "include", "limit", "cursor", "developing", "action", "bom", "PLEDGE", "x"];
const PARAM_VALUES = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.constantFrom(...BOUNDARIES) },
  { weight: 2, arbitrary: fc.constantFrom("training", "systems-and-labs", "KEN", "KEN,GHA", "ken,,gha", "Africa", "drafts", "published", "true", "update.publish", "2017-09-26", "1", "500", "501") },
);
const params = fc.array(fc.tuple(fc.constantFrom(...PARAM_NAMES), PARAM_VALUES), { maxLength: 6 }).map((pairs) => {
  const search = new URLSearchParams();
  for (const [k, v] of pairs) search.append(k, v);
  return search;
});
const slug = fc.oneof(fc.constantFrom("training", "joint-operations", "systems-and-labs"), nastyText);

async function expectHttpOutcome(response: Response) {
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  const body = await response.text(); // a streamed CSV must finish without an error too
  if (response.status >= 400) expect(ApiErrorSchema.safeParse(JSON.parse(body)).success, body).toBe(true);
}

describe("fuzz: API and CSV query parsers", () => {
  it("JSON API: any slug and query string is answered 2xx or 4xx in the one error shape", async () => {
    const before = await digestDatabase();
    await fc.assert(
      fc.asyncProperty(slug, params, async (s, search) => {
        const url = `http://localhost/api/v1/pledges/x/updates?${search}`;
        await expectHttpOutcome(await getPledgeUpdates(new Request(url), { params: Promise.resolve({ slug: s }) }));
        await expectHttpOutcome(await getPledge(new Request(url), { params: Promise.resolve({ slug: s }) }));
        await expectHttpOutcome(await getCountries(new Request(`http://localhost/api/v1/countries?${search}`)));
      }),
      fuzzOptions(2),
    );
    expect(await digestDatabase()).toEqual(before);
  });

  it("CSV exports: any report name, query string and caller is answered 2xx or 4xx in the one error shape", async () => {
    const before = await digestDatabase();
    const file = fc.oneof(fc.constantFrom(...REPORTS.map((r) => `${r.name}.csv`)), nastyText);
    const caller = fc.constantFrom(null, "editor", "admin");
    await fc.assert(
      fc.asyncProperty(file, params, caller, async (name, search, who) => {
        const user = who === "admin" ? admin : who === "editor" ? editor : null;
        const request = new Request(`http://localhost/reports/${encodeURIComponent(name)}?${search}`);
        await expectHttpOutcome(await serveReport({ request, file: name, getUser: async () => user }));
      }),
      fuzzOptions(2),
    );
    expect(await digestDatabase()).toEqual(before);
  });
});
