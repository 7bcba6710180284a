import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asOfFromDay, formatUtcDay } from "@/lib/as-of/day";
import { listPublicChanges } from "@/lib/changes/queries";
import { getPledgeSummaries, getPledgeValue } from "@/lib/pledges/queries";
import { generateSampleData, removeSampleData } from "@/lib/seed/sample";
import { seedReference } from "@/lib/seed/reference";

beforeAll(async () => {
  await seedReference(db);
});
afterAll(async () => {
  await removeSampleData(db);
});

describe("sample data generator", () => {
  it("flags every row it makes as sample, and removes all of them again", async () => {
    const before = await db.progressUpdate.count({ where: { isSample: false } });
    const realDeliveries = await db.countryDelivery.count({ where: { isSample: false } });
    const realChanges = await db.publicChange.count({ where: { isSample: false } });
    const result = await generateSampleData(db, { updates: 300, countries: 12, batchSize: 100 });
    expect(result).toEqual({ updates: 300, countries: 12 });
    expect(await db.progressUpdate.count({ where: { isSample: true } })).toBe(300);
    expect(await db.progressUpdate.count({ where: { isSample: false } })).toBe(before);
    const reached = await db.updateCountry.groupBy({ by: ["countryId"], where: { update: { isSample: true } } });
    expect(reached.length).toBeLessThanOrEqual(12);
    expect(await db.countryDelivery.count({ where: { isSample: false } })).toBe(realDeliveries);
    expect(await db.countryDelivery.count({ where: { isSample: true } })).toBeGreaterThan(0);

    const training = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
    expect(await getPledgeValue(training)).toBeGreaterThan(0);

    // Inserted rows read back through Prisma with the right types (dates, enums, booleans).
    const one = await db.progressUpdate.findFirstOrThrow({ where: { isSample: true }, include: { evidence: true } });
    expect(one.eventDate).toBeInstanceOf(Date);
    expect(one.state).toBe("PUBLISHED");
    expect(one.evidence[0].kind).toBe("CITATION");
    // Their public versions too, so the as-of view shows them from their publication on.
    expect(await db.publicUpdateVersion.count({ where: { isSample: true } })).toBe(300);
    const today = await getPledgeSummaries({ asOf: asOfFromDay(formatUtcDay(new Date())) });
    expect(today.find((p) => p.id === training.id)!.value).toBe(await getPledgeValue(training));

    // Public, so in the change log: one publication per update, dated when it was published, labelled sample; and
    // each sample delivery status and milestone completion. Nothing real is added.
    const sampleChanges = await db.publicChange.findMany({ where: { isSample: true }, orderBy: { id: "asc" } });
    const publications = sampleChanges.filter((c) => c.entityType === "update");
    expect(publications).toHaveLength(300);
    expect(new Set(publications.map((c) => c.updateId)).size).toBe(300);
    expect(publications.every((c) => c.kind === "PUBLICATION" && c.actorName === null)).toBe(true);
    const first = await db.progressUpdate.findUniqueOrThrow({ where: { id: publications[0].updateId! } });
    expect(publications[0]).toMatchObject({ pledgeId: first.pledgeId, summary: `Published: ${first.title}`, createdAt: first.publishedAt });
    expect(sampleChanges.filter((c) => c.entityType === "delivery")).toHaveLength(await db.countryDelivery.count({ where: { isSample: true } }));
    expect(sampleChanges.filter((c) => c.entityType === "milestone")).toHaveLength(await db.milestone.count({ where: { isSample: true } }));
    expect(await db.publicChange.count({ where: { isSample: false } })).toBe(realChanges);
    const listed = await listPublicChanges({ updateId: first.id, limit: 5 });
    expect(listed.items).toEqual([expect.objectContaining({ kind: "PUBLICATION", isSample: true })]);

    const removed = await removeSampleData(db);
    expect(removed.updates).toBe(300);
    expect(await db.publicChange.count({ where: { isSample: true } })).toBe(0);
    expect(await db.publicChange.count({ where: { isSample: false } })).toBe(realChanges);
    expect(await db.progressUpdate.count({ where: { isSample: true } })).toBe(0);
    expect(await db.publicUpdateVersion.count({ where: { isSample: true } })).toBe(0);
    expect(await getPledgeValue(training)).toBe(0);
    expect(await db.milestone.count({ where: { pledgeId: training.id, completedAt: { not: null } } })).toBe(0);
  });

  it("keeps inserting with fresh ids after a bulk insert", async () => {
    await generateSampleData(db, { updates: 5, countries: 2 });
    const { _max } = await db.progressUpdate.aggregate({ _max: { id: true } });
    const pledge = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
    // A bulk insert with explicit ids that left PostgreSQL's sequence behind would make these collide (P2002).
    const data = { pledgeId: pledge.id, eventDate: new Date(), quantity: 1, title: "after bulk", isSample: true };
    const first = await db.progressUpdate.create({ data });
    const second = await db.progressUpdate.create({ data });
    expect(first.id).toBeGreaterThan(_max.id ?? 0);
    expect(second.id).toBeGreaterThan(first.id);
    expect(await db.progressUpdate.count({ where: { id: { in: [first.id, second.id] } } })).toBe(2);
  });
});
