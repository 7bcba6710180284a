import { beforeAll, describe, expect, it } from "vitest";
import { asOfFromDay } from "@/lib/as-of/day";
import { db } from "@/lib/db";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { seedReference } from "@/lib/seed/reference";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { createTestPledge, createTestUpdate, getCountryIds } from "../factories";
import { createActor, updateInput } from "./helpers";

// "As of day D": the figures as published at the end of D (UTC). D is a past day; the updates below were published
// on it (backdated), then corrected, deleted or joined by new ones today, after D.
const D = "2025-01-10";
const ON_D = new Date("2025-01-10T12:00:00Z");
const BEFORE_D = "2025-01-09";

let admin: Awaited<ReturnType<typeof createActor>>;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let countries: number[];

async function summaryOf(asOf: string | null) {
  const all = await getPledgeSummaries(asOf ? { asOf: asOfFromDay(asOf) } : { now: new Date() });
  return all.find((p) => p.id === pledge.id)!;
}

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  countries = await getCountryIds(db, ["KEN", "GHA", "CIV"]);
  pledge = await createTestPledge(db, { target: 100, fields: ["alpha"] });
  const field = pledge.fields[0].id;
  const corrected = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 5, publishedAt: ON_D, countryIds: [countries[0]] });
  const deleted = await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 7, publishedAt: ON_D, countryIds: [countries[1]] });
  // After D: a correction (5 → 50, another country), a deletion, and a new publication.
  await correctUpdate(admin, {
    ...updateInput(pledge, { quantity: "50", eventDate: "2019-03-01", countryIds: [countries[2]] }),
    id: corrected.id,
    version: corrected.version,
    reason: "The operation's own report gives 50.",
  });
  await deleteUpdate(admin, { id: deleted.id, version: deleted.version, reason: "Published twice." });
  await createTestUpdate(db, { pledgeId: pledge.id, fieldId: field, quantity: 1000 });
});

describe("getPledgeSummaries as of a day", () => {
  it("shows today's figures without as_of", async () => {
    expect(await summaryOf(null)).toMatchObject({ value: 1050, publishedUpdates: 2 });
  });

  it("leaves D unchanged by a later correction, keeps a later deletion in, and leaves a later publication out", async () => {
    const asOf = await summaryOf(D);
    expect(asOf).toMatchObject({ value: 12, publishedUpdates: 2, lastPublishedAt: ON_D.toISOString() });
  });

  it("shows nothing before the first publication", async () => {
    expect(await summaryOf(BEFORE_D)).toMatchObject({ value: 0, publishedUpdates: 0, lastPublishedAt: null });
  });

  it("measures pace at the end of the day", async () => {
    const asOf = await summaryOf(D);
    const byHand = (await getPledgeSummaries({ now: asOfFromDay(D).end })).find((p) => p.id === pledge.id)!;
    expect(asOf.expectedByNow).toBe(byHand.expectedByNow);
    expect(asOf.elapsedShare).toBe(byHand.elapsedShare);
  });
});
