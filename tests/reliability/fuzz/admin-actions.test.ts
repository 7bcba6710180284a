import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { db } from "@/lib/db";
import { addField, changePledgeStatus, planSignature, renameField, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";
import { seedReference } from "@/lib/seed/reference";
import { changeOwnPassword, changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/actions";
import { createTestPledge, getCountryIds } from "../../factories";
import { createActor } from "../../integration/helpers";
import { ValidationError } from "@/lib/errors";
import { anyValue, buildObject, createTally, expectCleanOutcome, fuzzOptions, nastyText, objectCases } from "./support";

// The admin screens' actions (pledges, deliveries, milestones, countries, users), called with what their server
// actions pass (form.get() per key; users' ids through Number(), as app/admin/users/actions.ts does).
let admin: SessionUser;
let pledge: Awaited<ReturnType<typeof createTestPledge>>;
let ken: number;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
  await createActor("ADMIN"); // a second admin, so the last-admin guard does not refuse every change
  pledge = await createTestPledge(db, { fields: ["alpha", "beta"] });
  [ken] = await getCountryIds(db, ["KEN"]);
});

// An arbitrary call may disable or demote the acting admin; each run starts from an active admin.
beforeEach(async () => {
  await db.user.update({ where: { id: admin.id }, data: { disabled: false, role: "ADMIN" } });
});

const stringOrAny = fc.oneof(nastyText, anyValue);

async function fuzz(keys: string[], valid: () => Promise<Record<string, unknown>>, call: (input: Record<string, unknown>) => Promise<unknown>, scale = 1) {
  const tally = createTally();
  await fc.assert(
    fc.asyncProperty(objectCases(keys, stringOrAny), async (objectCase) => {
      await db.user.update({ where: { id: admin.id }, data: { disabled: false, role: "ADMIN" } });
      const input = buildObject(objectCase, await valid());
      await tally.run(() => call(input));
    }),
    fuzzOptions(scale),
  );
  expect(tally.counts.accepted, "the valid case was accepted at least once").toBeGreaterThan(0);
  expect(tally.counts.refused).toBeGreaterThan(0);
}

describe("fuzz: pledge, country and user actions", () => {
  it("changePledgeStatus", async () => {
    await fuzz(["pledgeId", "fromStatus", "toStatus", "reason"], async () => {
      const { status } = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
      return { pledgeId: String(pledge.id), fromStatus: status, toStatus: status === "ON_TRACK" ? "AT_RISK" : "ON_TRACK", reason: "Reviewed the numbers" };
    }, (input) => changePledgeStatus(admin, input));
  });

  it("updatePledge", async () => {
    const keys = ["id", "updatedAt", "title", "summary", "unit", "target", "targetNote", "periodStart", "periodEnd", "fieldLabel"];
    await fuzz(keys, async () => {
      const row = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
      return {
        id: String(row.id), updatedAt: row.updatedAt.toISOString(), title: "A fuzzed pledge", summary: "Summary text", unit: "things",
        target: "10", targetNote: "", periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: "field",
      };
    }, (input) => updatePledge(admin, input));
  });

  it("addField and renameField", async () => {
    let n = 0;
    await fuzz(["pledgeId", "name"], async () => ({ pledgeId: String(pledge.id), name: `Field ${++n}` }), (input) => addField(admin, input));
    await fuzz(["fieldId", "name"], async () => ({ fieldId: String(pledge.fields[0].id), name: `Renamed ${++n}` }), (input) => renameField(admin, input));
  });

  it("saveAnnualPlan (targets as the form's year/target lists)", async () => {
    const targets = fc.array(fc.record({ year: stringOrAny, target: stringOrAny }, { requiredKeys: [] }), { maxLength: 6 });
    await fuzz(["pledgeId", "basePlan", "targets"], async () => {
      const current = await db.annualTarget.findMany({ where: { pledgeId: pledge.id, fieldId: null } });
      return { pledgeId: String(pledge.id), basePlan: planSignature(current), targets: [{ year: "1", target: "2" }, { year: "2", target: "3" }] };
    }, (input) => saveAnnualPlan(admin, input));
    const tally = createTally();
    await fc.assert(
      fc.asyncProperty(targets, async (plan) => {
        const current = await db.annualTarget.findMany({ where: { pledgeId: pledge.id, fieldId: null } });
        await tally.run(() => saveAnnualPlan(admin, { pledgeId: String(pledge.id), basePlan: planSignature(current), targets: plan }));
      }),
      fuzzOptions(),
    );
  });

  it("completeMilestone", async () => {
    const keys = ["milestoneId", "updatedAt", "completedAt", "evidenceUrl", "evidenceNote"];
    await fuzz(keys, async () => {
      const milestone = await db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
      return { milestoneId: String(milestone.id), updatedAt: milestone.updatedAt.toISOString(), completedAt: "2019-01-10", evidenceUrl: "https://example.org/m", evidenceNote: "" };
    }, (input) => completeMilestone(admin, input));
  });

  it("setCountryDelivery", async () => {
    const keys = ["pledgeId", "fieldId", "countryId", "status", "expectedStatus", "note"];
    await fuzz(keys, async () => {
      const current = await db.countryDelivery.findUnique({ where: { fieldId_countryId: { fieldId: pledge.fields[0].id, countryId: ken } } });
      const status = current?.status === "PLANNED" ? "IN_PROGRESS" : "PLANNED";
      return { pledgeId: String(pledge.id), fieldId: String(pledge.fields[0].id), countryId: String(ken), status, expectedStatus: current?.status ?? "", note: "" };
    }, (input) => setCountryDelivery(admin, input));
  });

  it("setCountryDeveloping", async () => {
    await fuzz(["countryId", "developing", "expected"], async () => {
      const { developing } = await db.country.findUniqueOrThrow({ where: { id: ken } });
      return { countryId: String(ken), developing: String(!developing), expected: String(developing) };
    }, (input) => setCountryDeveloping(admin, input));
  });

  it("createUser", async () => {
    let n = 0;
    await fuzz(["email", "name", "role"], async () => ({ email: `fuzz-${++n}-${Date.now()}@example.org`, name: "Fuzz", role: "EDITOR" }), (input) => createUser(admin, input), 0.5);
  });

  it("changeUserRole, setUserDisabled and resetUserPassword on any user id the form could carry", async () => {
    const victim = await createActor("EDITOR");
    const tally = createTally();
    const userId = fc.oneof(fc.constant(String(victim.id)), nastyText).map(Number);
    await fc.assert(
      fc.asyncProperty(userId, fc.constantFrom("role", "disable", "enable", "reset"), fc.constantFrom("ADMIN", "EDITOR"), async (id, intent, role) => {
        await db.user.update({ where: { id: admin.id }, data: { disabled: false, role: "ADMIN" } });
        await tally.run(async () => {
          if (intent === "role") await changeUserRole(admin, { userId: id, role });
          else if (intent === "reset") await resetUserPassword(admin, { userId: id });
          else await setUserDisabled(admin, { userId: id, disabled: intent === "disable" });
        });
      }),
      fuzzOptions(0.5),
    );
    expect(tally.counts.accepted).toBeGreaterThan(0);
  });

  // Found by this fuzz: updateUserAction posts Number(form.get("userId")), and NaN reached Prisma as a 500.
  it("regression: a user id that is not a number is a validation error, not a 500", async () => {
    for (const userId of [NaN, Infinity, -1, 1.5]) {
      expect(await expectCleanOutcome(() => setUserDisabled(admin, { userId, disabled: true }))).toBe("refused");
      await expect(changeUserRole(admin, { userId, role: "EDITOR" })).rejects.toBeInstanceOf(ValidationError);
      await expect(resetUserPassword(admin, { userId })).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it("changeOwnPassword", async () => {
    const tally = createTally();
    await fc.assert(
      fc.asyncProperty(nastyText, nastyText, async (currentPassword, newPassword) => {
        await tally.run(() => changeOwnPassword(admin, { currentPassword, newPassword }));
      }),
      fuzzOptions(0.25),
    );
    expect(tally.counts.refused).toBeGreaterThan(0);
  });
});
