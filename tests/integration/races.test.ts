import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, provider } from "@/lib/db";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { planSignature, saveAnnualPlan } from "@/lib/pledges/actions";
import { setCountryDelivery } from "@/lib/pledges/progress-actions";
import { seedReference } from "@/lib/seed/reference";
import { changeUserRole, setUserDisabled } from "@/lib/users/actions";
import { createTestPledge } from "../factories";
import { raceThroughGate } from "./concurrency";
import { createActor } from "./helpers";

// Item 12 of issue 11: check-then-write races at READ COMMITTED. On PostgreSQL each pair of transactions is held at
// a gate until both have run every check that takes no lock (see raceThroughGate), the interleaving under which
// the unguarded code let both write. On SQLite, where writers are serialized, the same pairs simply run concurrently.

const fulfilled = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === "fulfilled").length;
const reasons = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));

describe(`check-then-write races on ${provider}`, () => {
  let otherAdmins: number[] = [];

  beforeAll(async () => {
    await seedReference(db);
    // The last-admin guard counts every active admin: leave only the two racing ones active while this file runs.
    otherAdmins = (await db.user.findMany({ where: { role: "ADMIN", disabled: false }, select: { id: true } })).map((u) => u.id);
    await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { disabled: true } });
  });

  afterAll(async () => {
    await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { disabled: false } });
  });

  const lockActiveAdmins = `SELECT id FROM users WHERE role = 'ADMIN' AND disabled = false FOR UPDATE`;

  async function twoAdmins(): Promise<[SessionUser, SessionUser]> {
    await db.user.updateMany({ where: { role: "ADMIN", disabled: false }, data: { disabled: true } });
    return [await createActor("ADMIN"), await createActor("ADMIN")];
  }

  const activeAdmins = () => db.user.count({ where: { role: "ADMIN", disabled: false } });

  it("two admins disabling each other at once leave one admin", async () => {
    const [a, b] = await twoAdmins();
    const results = await raceThroughGate(lockActiveAdmins, [
      () => setUserDisabled(a, { userId: b.id, disabled: true }),
      () => setUserDisabled(b, { userId: a.id, disabled: true }),
    ]);
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)[0]).toSatisfy((e) => e instanceof ForbiddenError || e instanceof UnauthenticatedError);
    expect(await activeAdmins()).toBe(1);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const [a, b] = await twoAdmins();
    const results = await raceThroughGate(lockActiveAdmins, [
      () => changeUserRole(a, { userId: b.id, role: "EDITOR" }),
      () => changeUserRole(b, { userId: a.id, role: "EDITOR" }),
    ]);
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)[0]).toSatisfy((e) => e instanceof ForbiddenError || e instanceof UnauthenticatedError);
    expect(await activeAdmins()).toBe(1);
  });

  it("two saves of the annual plan from the same plan: one wins whole, the other gets the conflict screen", async () => {
    const [admin] = await twoAdmins();
    const pledge = await createTestPledge(db);
    await db.annualTarget.createMany({ data: [1, 2].map((year) => ({ pledgeId: pledge.id, year, target: year * 10 })) });
    const basePlan = "1:10,2:20";
    const mine = [{ year: 1, target: 11 }, { year: 2, target: 21 }];
    const theirs = [{ year: 1, target: 12 }, { year: 3, target: 30 }];
    const results = await raceThroughGate(
      `SELECT id FROM pledges WHERE id = ${pledge.id} FOR UPDATE; SELECT id FROM annual_targets WHERE "pledgeId" = ${pledge.id} FOR UPDATE`,
      [
        () => saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan, targets: mine }),
        () => saveAnnualPlan(admin, { pledgeId: pledge.id, basePlan, targets: theirs }),
      ],
    );
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)[0]).toBeInstanceOf(ConflictError);
    const stored = planSignature(await db.annualTarget.findMany({ where: { pledgeId: pledge.id, fieldId: null } }));
    expect([planSignature(mine), planSignature(theirs)]).toContain(stored);
    expect(results[0].status === "fulfilled" ? planSignature(mine) : planSignature(theirs)).toBe(stored);
  });

  it("one pledge-level target per year, whatever writes it (the partial unique index)", async () => {
    const pledge = await createTestPledge(db);
    await db.annualTarget.create({ data: { pledgeId: pledge.id, year: 1, target: 1 } });
    await expect(db.annualTarget.create({ data: { pledgeId: pledge.id, year: 1, target: 2 } })).rejects.toMatchObject({ code: "P2002" });
  });

  async function deliveryCase(before: "PLANNED" | null) {
    const [admin] = await twoAdmins();
    const pledge = await createTestPledge(db, { fields: ["labs"] });
    const field = pledge.fields[0];
    const country = await db.country.findFirstOrThrow({ where: { iso3: "KEN" } });
    if (before) await db.countryDelivery.create({ data: { pledgeId: pledge.id, fieldId: field.id, countryId: country.id, status: before } });
    const input = (status: string, note: string) => ({ pledgeId: pledge.id, fieldId: field.id, countryId: country.id, expectedStatus: before ?? "", status, note });
    const results = await raceThroughGate(
      // The workstream row (inserts of a delivery check their key against it) and the delivery row, if any.
      `SELECT id FROM fields WHERE id = ${field.id} FOR UPDATE; SELECT id FROM country_deliveries WHERE "fieldId" = ${field.id} FOR UPDATE`,
      [() => setCountryDelivery(admin, input("IN_PROGRESS", "mine")), () => setCountryDelivery(admin, input("COMPLETED", "theirs"))],
    );
    const rows = await db.countryDelivery.findMany({ where: { fieldId: field.id, countryId: country.id } });
    const audits = await db.auditLog.count({ where: { action: "delivery.set", entityType: "delivery", entityId: String(rows[0]?.id) } });
    return { results, rows, audits };
  }

  it("two first statuses for one country and workstream: one is saved, the other gets the conflict screen", async () => {
    const { results, rows, audits } = await deliveryCase(null);
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)[0]).toBeInstanceOf(ConflictError);
    expect(rows).toHaveLength(1);
    expect(rows[0].note).toBe(results[0].status === "fulfilled" ? "mine" : "theirs");
    expect(audits).toBe(1);
  });

  it("two status changes from the same status: the second does not overwrite the first unseen", async () => {
    const { results, rows, audits } = await deliveryCase("PLANNED");
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)[0]).toBeInstanceOf(ConflictError);
    expect(rows[0].note).toBe(results[0].status === "fulfilled" ? "mine" : "theirs");
    expect(audits).toBe(1);
  });
});
