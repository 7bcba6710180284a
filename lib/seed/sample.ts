import { afterPublicChange, markPublicChange } from "../cache";
import { describeDeliveryChange, describeMilestoneChange, describePublication, readPublicMilestoneValues } from "../changes/entries";
import { toPublicChangeRow } from "../changes/record";
import type { Db, DeliveryStatus, Prisma } from "../db";
import { bumpPublicVersion } from "../db/public-version";
import { addMissingVersions } from "../as-of/versions";
import { rebuildRollups } from "../rollups/rebuild";
import { insertRows, syncIdSequence, type Cell, type Column } from "./bulk-insert";

// Demo progress for trying the product out. Every row made here has isSample = true, so the interface can
// label it, and `removeSampleData` takes all of it away again. Nothing here is real. It is public all the same, so
// its publications, delivery statuses and milestones are in the public change log too, as sample entries.

export type SampleOptions = {
  /** Number of published updates to generate; default: a small, plausible demo set. */
  updates?: number;
  /** How many developing countries the updates reach. */
  countries?: number;
  /** PRNG seed, so runs are repeatable. */
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

export const SAMPLE_CITATION = "SAMPLE DATA: generated for demonstration, not a real source.";

function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const DAY = 86_400_000;
const SAMPLE_DESCRIPTION = "Generated sample progress for demonstration. Not a real event.";
const UPDATE_COLUMNS: Column[] = [
  { name: "id" }, { name: "pledgeId" }, { name: "fieldId" }, { name: "eventDate" }, { name: "quantity" }, { name: "title" },
  { name: "description" }, { name: "state", pgType: '"UpdateState"' }, { name: "isSample" }, { name: "version" },
  { name: "submittedAt" }, { name: "reviewedAt" }, { name: "publishedAt" }, { name: "createdAt" }, { name: "updatedAt" },
];
const EVIDENCE_COLUMNS: Column[] = [{ name: "updateId" }, { name: "kind", pgType: '"EvidenceKind"' }, { name: "citation" }, { name: "position" }];
// The change-log rows of the updates, from the entries built by lib/changes (one column per field of the stored row).
const CHANGE_COLUMNS: (Column & { name: keyof Prisma.PublicChangeCreateManyInput })[] = [
  { name: "kind", pgType: '"ChangeKind"' }, { name: "pledgeId" }, { name: "updateId" }, { name: "entityType" }, { name: "entityId" }, { name: "summary" },
  { name: "diff" }, { name: "reason" }, { name: "actorName" }, { name: "isSample" }, { name: "createdAt" },
];
const toChangeCells = (row: Prisma.PublicChangeCreateManyInput): Cell[] => CHANGE_COLUMNS.map((c) => (row[c.name] ?? null) as Cell);

export async function generateSampleData(db: Db, options: SampleOptions = {}) {
  const random = createRandom(options.seed ?? 2017);
  const pledges = await db.pledge.findMany({ include: { fields: true }, orderBy: { displayOrder: "asc" } });
  if (pledges.length === 0) throw new Error("No pledges found: run `npm run db:seed` first.");
  const developing = await db.country.findMany({
    where: { developing: true },
    select: { id: true },
    orderBy: { iso3: "asc" },
  });
  const countryCount = Math.min(options.countries ?? 40, developing.length);
  if (countryCount < 1) throw new Error("--countries must be at least 1");
  // A spread-out, deterministic subset of developing countries.
  const countries = Array.from({ length: countryCount }, (_, i) => developing[Math.floor((i * developing.length) / countryCount)].id);

  const total = options.updates ?? 90;
  const batchSize = options.batchSize ?? 5000;
  let nextId = ((await db.progressUpdate.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  let done = 0;
  while (done < total) {
    const size = Math.min(batchSize, total - done);
    const updates: Cell[][] = [];
    const links: Cell[][] = [];
    const evidence: Cell[][] = [];
    const changes: Cell[][] = [];
    const now = new Date();
    for (let i = 0; i < size; i++) {
      const id = nextId++;
      const pledge = pledges[(done + i) % pledges.length];
      const start = pledge.periodStart.getTime();
      const eventDate = new Date(start + Math.floor(random.next() * (pledge.periodEnd.getTime() - start)));
      eventDate.setUTCHours(0, 0, 0, 0);
      const published = new Date(eventDate.getTime() + 2 * DAY);
      const field = pledge.fields.length ? random.pick(pledge.fields) : null;
      const quantity = pledge.slug === "training" ? random.int(20, 400) : 1;
      const title = `Sample ${pledge.fieldLabel}${field ? ` (${field.name})` : ""} update #${id}`;
      updates.push([id, pledge.id, field?.id ?? null, eventDate, quantity, title, SAMPLE_DESCRIPTION, "PUBLISHED", true, 1, eventDate, published, published, now, now]);
      for (const countryId of new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(countries)))) {
        links.push([id, countryId]);
      }
      evidence.push([id, "CITATION", SAMPLE_CITATION, 0]);
      // Its publication in the public change log, labelled sample, dated when the sample says it was published.
      changes.push(toChangeCells(toPublicChangeRow(describePublication({ update: { id, pledgeId: pledge.id }, title, actor: null, isSample: true }), published)));
    }
    await db.$transaction(async (tx) => {
      await insertRows(tx, { table: "progress_updates", columns: UPDATE_COLUMNS, rows: updates });
      await insertRows(tx, { table: "update_countries", columns: [{ name: "updateId" }, { name: "countryId" }], rows: links });
      await insertRows(tx, { table: "evidence", columns: EVIDENCE_COLUMNS, rows: evidence });
      await insertRows(tx, { table: "public_changes", columns: CHANGE_COLUMNS, rows: changes });
    }, { timeout: 60_000 }); // a 5,000-row batch can pass the 5 s default on a busy machine
    done += size;
    options.onProgress?.(done, total);
  }
  await syncIdSequence(db, "progress_updates");
  // The raw INSERTs above bypass the write path: recompute the public rollups once, from the rows.
  await db.$transaction(async (tx) => {
    await rebuildRollups(tx);
    await addMissingVersions(tx); // and their public versions, for the as-of view
  }, { timeout: 600_000, maxWait: 10_000 });

  await generateSampleDeliveries(db, countries, random);
  await completeSampleMilestones(db);
  // Once, after every batch, delivery and milestone: until then public pages show the data without the sample.
  await markPublicChange(db);
  return { updates: total, countries: countryCount };
}

async function generateSampleDeliveries(db: Db, countries: number[], random: ReturnType<typeof createRandom>) {
  const pledges = await db.pledge.findMany({ where: { measure: "DISTINCT_COUNTRIES" }, include: { fields: true } });
  const names = new Map((await db.country.findMany({ where: { id: { in: countries } }, select: { id: true, name: true } })).map((c) => [c.id, c.name]));
  const statuses: DeliveryStatus[] = ["PLANNED", "IN_PROGRESS", "COMPLETED", "COMPLETED"];
  for (const field of pledges.flatMap((p) => p.fields)) {
    const existing = new Set(
      (await db.countryDelivery.findMany({ where: { fieldId: field.id }, select: { countryId: true } })).map((d) => d.countryId),
    );
    const data = countries
      .filter((countryId) => !existing.has(countryId) && random.next() < 0.7)
      .map((countryId) => ({ pledgeId: field.pledgeId, fieldId: field.id, countryId, status: random.pick(statuses), isSample: true }));
    if (!data.length) continue;
    await db.$transaction(async (tx) => {
      const created = await tx.countryDelivery.createManyAndReturn({ data, select: { id: true, countryId: true, status: true } });
      const entries = created.map((d) =>
        describeDeliveryChange({ deliveryId: d.id, pledgeId: field.pledgeId, fieldName: field.name, countryName: names.get(d.countryId)!, before: null, after: d.status, actor: null, isSample: true }),
      );
      await tx.publicChange.createMany({ data: entries.map((entry) => toPublicChangeRow(entry)) });
    });
  }
}

async function completeSampleMilestones(db: Db) {
  const milestones = await db.milestone.findMany({ where: { completedAt: null }, include: { pledge: true } });
  for (const m of milestones) {
    await db.$transaction(async (tx) => {
      const after = await tx.milestone.update({
        where: { id: m.id },
        data: { completedAt: new Date(m.pledge.periodStart.getTime() + 200 * DAY), evidenceNote: SAMPLE_CITATION, isSample: true },
      });
      const entry = describeMilestoneChange({ milestone: after, before: readPublicMilestoneValues(m), after: readPublicMilestoneValues(after), actor: null, isSample: true });
      if (entry) await tx.publicChange.create({ data: toPublicChangeRow(entry, after.completedAt!) });
    });
  }
}

/** Removes every sample row and un-completes milestones that only sample data had completed. */
export async function removeSampleData(db: Db) {
  const removed = await db.$transaction(async (tx) => {
    const updates = await tx.progressUpdate.deleteMany({ where: { isSample: true } });
    await rebuildRollups(tx);
    await tx.publicUpdateVersion.deleteMany({ where: { isSample: true } });
    // The sample's change-log entries go with it: they describe rows that no longer exist.
    const changes = await tx.publicChange.deleteMany({ where: { isSample: true } });
    const deliveries = await tx.countryDelivery.deleteMany({ where: { isSample: true } });
    const milestones = await tx.milestone.updateMany({
      where: { isSample: true },
      data: { completedAt: null, evidenceNote: null, evidenceUrl: null, isSample: false },
    });
    await bumpPublicVersion(tx);
    return { updates: updates.count, deliveries: deliveries.count, milestones: milestones.count, changes: changes.count };
  });
  afterPublicChange();
  return removed;
}
