import { randomUUID } from "node:crypto";
import { markPublicChange } from "@/lib/cache";
import type { Db, UpdateState } from "@/lib/db";
import { addToRollups } from "@/lib/rollups/apply";

/** Unique test data, so tests share one database without resets. */
export function unique(prefix = "t"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createTestPledge(
  db: Db,
  overrides: Partial<{ measure: "SUM" | "DISTINCT_COUNTRIES" | "MILESTONES"; target: number; fields: string[] }> = {},
) {
  const slug = unique("pledge");
  const pledge = await db.pledge.create({
    data: {
      slug,
      title: `Test pledge ${slug}`,
      summary: "A pledge made by a test.",
      sourceSentence: "A sentence.",
      sourceCitation: "A test",
      unit: "things",
      target: overrides.target ?? 10,
      periodStart: new Date("2017-09-26T00:00:00Z"),
      periodEnd: new Date("2022-09-25T00:00:00Z"),
      measure: overrides.measure ?? "SUM",
      fields: { create: (overrides.fields ?? []).map((name, i) => ({ name, slug: `${i}-${name}`, displayOrder: i })) },
    },
    include: { fields: true },
  });
  await markPublicChange(db); // what the pledge actions do in their transaction
  return pledge;
}

export async function createTestUpdate(
  db: Db,
  data: {
    pledgeId: number;
    quantity?: number;
    state?: UpdateState;
    fieldId?: number;
    countryIds?: number[];
    deletedAt?: Date;
    eventDate?: Date;
    isSample?: boolean;
    authorId?: number;
    /** When it was published (default: now), to build a past the as-of view reads. */
    publishedAt?: Date;
  },
) {
  const update = await db.$transaction(async (tx) => {
    const created = await tx.progressUpdate.create({
      data: {
        pledgeId: data.pledgeId,
        authorId: data.authorId,
        fieldId: data.fieldId,
        quantity: data.quantity ?? 1,
        eventDate: data.eventDate ?? new Date("2019-03-01T00:00:00Z"),
        title: unique("update"),
        state: data.state ?? "PUBLISHED",
        publishedAt: (data.state ?? "PUBLISHED") === "PUBLISHED" ? (data.publishedAt ?? new Date()) : null,
        deletedAt: data.deletedAt,
        deleteReason: data.deletedAt ? "test" : null,
        isSample: data.isSample ?? false,
        countries: { create: (data.countryIds ?? []).map((countryId) => ({ countryId })) },
      },
    });
    await addToRollups(tx, [created.id]);
    return created;
  });
  if (update.state === "PUBLISHED") await markPublicChange(db); // what publishing does in its transaction
  return update;
}

export async function getCountryIds(db: Db, iso3: string[]): Promise<number[]> {
  const rows = await db.country.findMany({ where: { iso3: { in: iso3 } }, select: { id: true, iso3: true } });
  return iso3.map((code) => {
    const row = rows.find((r) => r.iso3 === code);
    if (!row) throw new Error(`country ${code} is not seeded`);
    return row.id;
  });
}
