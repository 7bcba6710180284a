import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { db, provider } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { planSignature, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { readRebuiltSnapshot, readRollupSnapshot, rebuildRollupsIfMissing } from "@/lib/rollups/rebuild";
import { seedReference } from "@/lib/seed/reference";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { createTestPledge, getCountryIds } from "../factories";
import { createActor } from "./helpers";

// Rollups maintained on write must equal a rebuild from the source rows after any sequence of public changes.
// Fixed seed and bounded runs, so CI is repeatable; a failure prints the shrunk sequence.

const ISO3 = ["KEN", "GHA", "PER", "VNM", "FRA", "BRA"];
const PERIOD_START = Date.parse("2017-09-26T00:00:00Z");
const DAY = 86_400_000;

const updateFields = {
  pledge: fc.nat({ max: 2 }),
  field: fc.nat({ max: 2 }),
  // Quarters are exact in binary, so sums by delta and by scan agree. Dates lie within the period (2017-09-26 +
  // 0..1825 days ends on 2022-09-25), as the update rules require; "period" moves put stored ones outside (year 0).
  quantity: fc.nat({ max: 2000 }).map((q) => q / 4),
  day: fc.nat({ max: 1825 }),
  countries: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 4 }),
};
// Weighted towards creating and publishing, so most sequences reach public data.
const operation = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant("create" as const), submit: fc.boolean(), ...updateFields }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant("publish" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom("return" as const, "resubmit" as const, "delete" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("correct" as const), pick: fc.nat(), ...updateFields }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("period" as const), pledge: fc.nat({ max: 2 }), shift: fc.integer({ min: -400, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("plan" as const), pledge: fc.nat({ max: 2 }), targets: fc.array(fc.nat({ max: 50 }), { maxLength: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("developing" as const), country: fc.nat({ max: 5 }) }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

let admin: SessionUser;
let editor: SessionUser;
let countryIds: number[];
let developing: { id: number; developing: boolean }[];

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  editor = await createActor("EDITOR");
  countryIds = await getCountryIds(db, ISO3);
  developing = await db.country.findMany({ where: { id: { in: countryIds } }, select: { id: true, developing: true } });
});

// Other test files read these countries' default flags.
afterAll(async () => {
  for (const c of developing) await db.country.update({ where: { id: c.id }, data: { developing: c.developing } });
});

type Pledge = Awaited<ReturnType<typeof createTestPledge>>;

async function run(pledges: Pledge[], ids: number[], o: Operation) {
  // Mostly an update in the state the operation needs, sometimes any (to exercise the refusals too).
  const pick = async (n: number, state: "SUBMITTED" | "PUBLISHED" | "RETURNED") => {
    const rows = await db.progressUpdate.findMany({ where: { id: { in: ids }, ...(n % 5 ? { state, deletedAt: null } : {}) }, orderBy: { id: "asc" } });
    return rows.length ? rows[n % rows.length] : null;
  };
  const content = (p: Pledge, o: Extract<Operation, { quantity: number }>) => ({
    fieldId: p.fields.length ? p.fields[o.field % p.fields.length].id : "",
    eventDate: new Date(PERIOD_START + o.day * DAY).toISOString().slice(0, 10),
    quantity: String(o.quantity),
    countryIds: o.countries.map((i) => countryIds[i]),
    title: "A random update",
    evidence: [{ source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01", url: "https://example.org/test" }],
  });
  switch (o.op) {
    case "create": {
      const p = pledges[o.pledge];
      ids.push((await createUpdate(editor, { pledgeId: p.id, ...content(p, o) }, { submit: o.submit })).id);
      return;
    }
    case "publish":
    case "return": {
      const u = await pick(o.pick, "SUBMITTED");
      if (u) await reviewUpdate(admin, { id: u.id, version: u.version, decision: o.op, comment: "Please check this." });
      return;
    }
    case "resubmit": {
      const u = await pick(o.pick, "RETURNED");
      const p = pledges.find((x) => x.id === u?.pledgeId);
      if (u && p) {
        const countries = await db.updateCountry.findMany({ where: { updateId: u.id } });
        await editUpdate(
          editor,
          {
            id: u.id, version: u.version, pledgeId: p.id, fieldId: u.fieldId ?? "", eventDate: u.eventDate.toISOString().slice(0, 10),
            quantity: String(u.quantity), countryIds: countries.map((c) => c.countryId), title: u.title, evidence: [{ source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01", url: "https://example.org/test" }],
          },
          { submit: true },
        );
      }
      return;
    }
    case "delete": {
      const u = await pick(o.pick, "PUBLISHED");
      if (u) await deleteUpdate(admin, { id: u.id, version: u.version, reason: "Entered twice." });
      return;
    }
    case "correct": {
      const u = await pick(o.pick, "PUBLISHED");
      const p = pledges.find((x) => x.id === u?.pledgeId);
      if (u && p) await correctUpdate(admin, { id: u.id, version: u.version, reason: "Wrong figures.", ...content(p, o) });
      return;
    }
    case "period": {
      const p = await db.pledge.findUniqueOrThrow({ where: { id: pledges[o.pledge].id } });
      const shift = (d: Date) => new Date(d.getTime() + o.shift * DAY).toISOString().slice(0, 10);
      await updatePledge(admin, {
        id: p.id, updatedAt: p.updatedAt.toISOString(), title: p.title, summary: p.summary, unit: p.unit, target: p.target,
        targetNote: p.targetNote ?? "", fieldLabel: p.fieldLabel, periodStart: shift(p.periodStart), periodEnd: shift(p.periodEnd),
      });
      return;
    }
    case "plan": {
      const p = pledges[o.pledge];
      const current = await db.annualTarget.findMany({ where: { pledgeId: p.id, fieldId: null } });
      const targets = o.targets.map((target, i) => ({ year: i + 1, target }));
      await saveAnnualPlan(admin, { pledgeId: p.id, basePlan: planSignature(current), targets });
      return;
    }
    case "developing": {
      const c = await db.country.findUniqueOrThrow({ where: { id: countryIds[o.country] } });
      await setCountryDeveloping(admin, { countryId: c.id, developing: !c.developing, expected: c.developing });
    }
  }
}

/** The rollup rows of some pledges (other test files share the database). */
function only(snapshot: Awaited<ReturnType<typeof readRollupSnapshot>>, pledgeIds: number[]) {
  const mine = <T extends { pledgeId: number }>(rows: T[]) => rows.filter((r) => pledgeIds.includes(r.pledgeId));
  return { totals: mine(snapshot.totals), years: mine(snapshot.years), days: mine(snapshot.days), reach: mine(snapshot.reach), regions: mine(snapshot.regions) };
}

describe(`rollups on ${provider}`, () => {
  it("equal a rebuild after any sequence of publishes, corrections, deletions, plan, period and flag changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record(updateFields), { minLength: 3, maxLength: 12 }), fc.array(operation, { minLength: 5, maxLength: 30 }), async (published, operations) => {
        const pledges = [
          await createTestPledge(db, { fields: ["alpha", "beta"] }),
          await createTestPledge(db, { measure: "DISTINCT_COUNTRIES", fields: ["comms", "labs", "college"] }),
          await createTestPledge(db),
        ];
        const ids: number[] = [];
        // Start from some published updates, so that every later operation meets public data.
        for (const fields of published) {
          await run(pledges, ids, { op: "create", submit: true, ...fields, pledge: fields.pledge === 1 && !fields.countries.length ? 0 : fields.pledge });
          const u = await db.progressUpdate.findUniqueOrThrow({ where: { id: ids.at(-1) } });
          await reviewUpdate(admin, { id: u.id, version: u.version, decision: "publish" });
        }
        for (const o of operations) {
          try {
            await run(pledges, ids, o);
          } catch (error) {
            // Refusals (wrong state, a date outside a moved period, no country for a country pledge) are part of the game.
            if (!(error instanceof HttpError)) throw error;
          }
        }
        const pledgeIds = pledges.map((p) => p.id);
        const maintained = only(await readRollupSnapshot(db), pledgeIds);
        expect(maintained).toEqual(only(await readRebuiltSnapshot(db), pledgeIds));
      }),
      { seed: 20171208, numRuns: 15, endOnFailure: true },
    );
  }, 600_000);

  it("are built for a database that predates them, and left alone once they exist", async () => {
    const pledge = await createTestPledge(db);
    const { id, version } = await createUpdate(editor, { pledgeId: pledge.id, fieldId: "", eventDate: "2019-01-01", quantity: "3", title: "Before rollups", evidence: [{ source: "GOVERNMENT", publisher: "Ministry", date: "2019-01-01", url: "https://example.org/test" }] }, { submit: true });
    await reviewUpdate(admin, { id, version, decision: "publish" });
    const expected = await readRebuiltSnapshot(db);
    for (const table of ["rollup_pledge_totals", "rollup_pledge_years", "rollup_pledge_days", "rollup_country_reach", "rollup_pledge_regions"]) {
      await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
    }
    expect(await rebuildRollupsIfMissing(db)).toBe(true);
    expect(await readRollupSnapshot(db)).toEqual(expected);
    expect(await rebuildRollupsIfMissing(db)).toBe(false);
  });
});
