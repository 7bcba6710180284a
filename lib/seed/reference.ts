import countries from "world-countries";
import { seedAnnouncementSources } from "../announcements/sources";
import { isDevelopingByDefault } from "../countries/developing";
import { afterPublicChange } from "../cache";
import type { Db } from "../db";
import { bumpPublicVersion } from "../db/public-version";
import { readSourceFacts } from "./source";
import { seedTranslations } from "./translations";
import type { Cadence, Measure } from "../db";

export const SOURCE_CITATION =
  "\"Xi's proposal to boost global security governance\", article on the opening ceremony of the 86th INTERPOL General Assembly, Beijing, 26 September 2017";

// How each pledge is measured and broken down. The facts (titles, targets, sentences) come from the source file.
const PLEDGE_SHAPE: Record<
  string,
  { summary: string; measure: Measure; cadence: Cadence; fieldLabel: string; fields: string[] }
> = {
  "joint-operations": {
    summary:
      "Support joint global operations against terrorism, cybercrime and new organized crime each year of the five-year period.",
    measure: "SUM",
    cadence: "ANNUAL",
    fieldLabel: "field",
    fields: ["Terrorism", "Cybercrime", "New organized crime"],
  },
  "systems-and-labs": {
    summary:
      "Upgrade INTERPOL communication systems and criminal-investigation labs for 100 developing countries. A country counts once, whichever workstream reached it.",
    measure: "DISTINCT_COUNTRIES",
    cadence: "TOTAL",
    fieldLabel: "workstream",
    fields: ["Communication systems", "Criminal investigation labs"],
  },
  training: {
    summary:
      "Set up an international law enforcement college under the Ministry of Public Security and train 20,000 law enforcement personnel from developing countries.",
    measure: "SUM",
    cadence: "TOTAL",
    fieldLabel: "course",
    fields: [],
  },
};

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function utcDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}

/** Loads the announcement, pledges, fields, annual plan, milestones and countries. Idempotent; never overwrites edits. */
export async function seedReference(db: Db): Promise<void> {
  const facts = readSourceFacts();
  await seedCountries(db);
  await db.$transaction(async (tx) => {
    const a = facts.announcement;
    const announcement =
      (await tx.announcement.findFirst({ where: { date: utcDate(a.date), event: a.event } })) ??
      (await tx.announcement.create({
        data: { speaker: a.speaker, event: a.event, place: a.place, date: utcDate(a.date), quote: a.quote, source: SOURCE_CITATION },
      }));

    await seedAnnouncementSources(tx, announcement.id);
    const seeded: Parameters<typeof seedTranslations>[1]["pledges"] = [];
    for (const [order, p] of facts.pledges.entries()) {
      const shape = PLEDGE_SHAPE[p.key];
      if (!shape) throw new Error(`pledges.json names an unknown pledge key "${p.key}"`);
      const english = { title: p.title, summary: shape.summary, sourceSentence: p.source_sentence, targetNote: p.target_interpretation ?? null, periodNote: facts.period.interpretation, unit: p.unit, fieldLabel: shape.fieldLabel };
      const pledge = await tx.pledge.upsert({
        where: { slug: p.key },
        update: {},
        create: {
          slug: p.key,
          title: p.title,
          summary: shape.summary,
          sourceSentence: p.source_sentence,
          sourceCitation: SOURCE_CITATION,
          unit: p.unit,
          target: p.target,
          targetNote: english.targetNote,
          periodStart: utcDate(facts.period.start),
          periodEnd: utcDate(facts.period.end),
          periodNote: english.periodNote,
          measure: shape.measure,
          cadence: shape.cadence,
          fieldLabel: shape.fieldLabel,
          displayOrder: order + 1,
          announcementId: announcement.id,
        },
      });
      seeded.push({ id: pledge.id, slug: p.key, english });
      const fields: { id: number }[] = [];
      for (const [i, name] of shape.fields.entries()) {
        fields.push(
          await tx.field.upsert({
            where: { pledgeId_slug: { pledgeId: pledge.id, slug: slugify(name) } },
            update: {},
            create: { pledgeId: pledge.id, slug: slugify(name), name, displayOrder: i + 1 },
          }),
        );
      }
      // "each year" across three fields: one supported operation per field per period year (the 3 x 5 reading).
      if (shape.cadence === "ANNUAL" && (await tx.annualTarget.count({ where: { pledgeId: pledge.id } })) === 0) {
        const years = periodYears(pledge.periodStart, pledge.periodEnd);
        await tx.annualTarget.createMany({
          data: Array.from({ length: years }, (_, y) =>
            fields.map((f) => ({ pledgeId: pledge.id, fieldId: f.id, year: y + 1, target: p.target / years / fields.length })),
          ).flat(),
        });
      }
      for (const [i, title] of (p.milestones ?? []).entries()) {
        const slug = slugify(title).slice(0, 60);
        await tx.milestone.upsert({
          where: { pledgeId_slug: { pledgeId: pledge.id, slug } },
          update: {},
          create: { pledgeId: pledge.id, slug, title, displayOrder: i + 1 },
        });
      }
    }
    await seedTranslations(tx, { announcement: { id: announcement.id, quote: a.quote }, pledges: seeded });
    await bumpPublicVersion(tx); // also covers the countries seeded just before
    // An offline step with many small writes (translations included): a busy machine or a concurrent seed must not
    // run it past Prisma's 5 s default.
  }, { timeout: 60_000 });
  afterPublicChange();
}

/** Whole period years between start and end (inclusive end day): 2017-09-26..2022-09-25 is 5. */
export function periodYears(start: Date, end: Date): number {
  const endExclusive = new Date(end.getTime() + 86_400_000);
  const years = endExclusive.getUTCFullYear() - start.getUTCFullYear();
  return Math.max(1, years);
}

async function seedCountries(db: Db): Promise<void> {
  const existing = new Set((await db.country.findMany({ select: { iso3: true } })).map((c) => c.iso3));
  const missing = countries
    .filter((c) => !existing.has(c.cca3))
    .map((c) => ({
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      region: c.region || "Other",
      subregion: c.subregion || c.region || "Other",
      developing: isDevelopingByDefault({ iso3: c.cca3, region: c.region }),
    }));
  if (missing.length) await db.country.createMany({ data: missing });
}
