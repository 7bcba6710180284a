import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { updatePledge } from "@/lib/pledges/actions";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeReading, listPledgeReadings } from "@/lib/pledges/reading";
import { saveTranslation } from "@/lib/pledges/translation-actions";
import { listPledgeTranslations } from "@/lib/pledges/translation-queries";
import { readTranslations, revisionOf } from "@/lib/pledges/translations";
import { seedReference } from "@/lib/seed/reference";
import { readSourceFacts } from "@/lib/seed/source";
import { markPublicChange } from "@/lib/cache";
import { createActor, createWorkflowPledge } from "./helpers";

// "Our reading" (the tracker's interpretations) is pledge content: read from the database through the translation
// rule, in the page's language with its English, edited by admins, outdated once the English changes.

const facts = readSourceFacts();
const seeded = JSON.parse(readFileSync("prisma/source/pledge-translations.json", "utf8")) as {
  period: { interpretation: Record<string, string> };
  pledges: Record<string, { targetNote?: Record<string, string> }>;
};
let admin: SessionUser;

beforeAll(async () => {
  await seedReference(db);
  admin = await createActor("ADMIN");
});

const form = (pledge: { id: number }, key: "targetNote" | "periodNote", english: string, text: string) => ({
  pledgeId: pledge.id, entity: "pledge", id: pledge.id, key, locale: "fr", text, official: "", revision: revisionOf(english),
});

describe("our reading of the seeded pledges", () => {
  it("comes back in French from the database: the tracker's unofficial translation, with its English", async () => {
    const joint = (await listPledgeReadings("fr")).find((p) => p.slug === "joint-operations")!;
    const english = facts.pledges.find((p) => p.key === "joint-operations")!.target_interpretation;
    expect(joint.title).toMatchObject({ lang: "fr", kind: "unofficial" });
    expect(joint.readings.map((r) => r.topic)).toEqual(["target", "period", "sum"]);
    expect(joint.readings[0]).toMatchObject({
      target: 15,
      interpretation: { text: seeded.pledges["joint-operations"].targetNote!.fr, lang: "fr", kind: "unofficial", outdated: false, english },
    });
    expect(joint.readings[1]).toMatchObject({ interpretation: { text: seeded.period.interpretation.fr, lang: "fr", kind: "unofficial", outdated: false, english: facts.period.interpretation } });

    // The pledge page reads the same rule through the pledge's detail, in every language.
    const detail = (await getPledgeDetail("training", "zh"))!;
    expect(getPledgeReading(detail)).toEqual([
      { topic: "period", interpretation: expect.objectContaining({ text: seeded.period.interpretation.zh, lang: "zh", kind: "unofficial" }), start: detail.periodStart, end: detail.periodEnd },
      { topic: "sum" },
    ]);
    const en = (await listPledgeReadings("en")).find((p) => p.slug === "training")!;
    expect(en.readings[0]).toMatchObject({ topic: "period", interpretation: { text: facts.period.interpretation, lang: "en", kind: "original" } });
  });

  it("seeding again keeps an admin's removal of a seeded translation", async () => {
    const before = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
    try {
      await saveTranslation(admin, form(before, "periodNote", before.periodNote!, ""));
      await seedReference(db);
      const after = await db.pledge.findUniqueOrThrow({ where: { slug: "training" } });
      expect(readTranslations(after.translations).fr?.periodNote).toBeUndefined();
      expect(readTranslations(after.translations).es?.periodNote).toMatchObject({ text: seeded.period.interpretation.es });
      expect(getPledgeReading((await getPledgeDetail("training", "fr"))!)[0]).toMatchObject({ topic: "period", interpretation: { lang: "en", kind: "missing" } });
    } finally {
      await db.pledge.update({ where: { id: before.id }, data: { translations: before.translations } });
      await markPublicChange(db);
    }
  });
});

describe("translating our reading", () => {
  it("admins translate both interpretations; each is outdated once its English changes", async () => {
    const p = await createWorkflowPledge();
    // The English of both notes through the pledge form, as an admin edits them.
    const edit = async (targetNote: string, periodNote: string) => {
      const current = await db.pledge.findUniqueOrThrow({ where: { id: p.id } });
      await updatePledge(admin, {
        id: p.id, updatedAt: current.updatedAt.toISOString(), title: current.title, summary: current.summary, unit: current.unit, target: current.target,
        targetNote, periodNote, periodStart: "2017-09-26", periodEnd: "2022-09-25", fieldLabel: current.fieldLabel,
      });
    };
    await edit("one per field and year", "counted from the day of the speech");
    const untranslated = (await listPledgeTranslations(p.id, "fr"))!.items.filter((i) => i.key === "targetNote" || i.key === "periodNote");
    expect(untranslated.map((i) => [i.key, i.kind])).toEqual([["targetNote", "missing"], ["periodNote", "missing"]]);

    await saveTranslation(admin, form(p, "targetNote", "one per field and year", "une par domaine et par année"));
    await saveTranslation(admin, form(p, "periodNote", "counted from the day of the speech", "à compter du jour du discours"));
    const read = async () => getPledgeReading((await getPledgeDetail(p.slug, "fr"))!);
    expect(await read()).toMatchObject([
      { topic: "target", interpretation: { text: "une par domaine et par année", lang: "fr", kind: "unofficial", outdated: false, english: "one per field and year" } },
      { topic: "period", interpretation: { text: "à compter du jour du discours", lang: "fr", kind: "unofficial", outdated: false, english: "counted from the day of the speech" } },
      { topic: "sum" },
    ]);
    expect((await listPledgeReadings("fr")).find((r) => r.slug === p.slug)!.readings).toEqual(await read());

    await edit("one per field in each year", "counted from the announcement");
    const entry = await db.publicChange.findFirstOrThrow({ where: { pledgeId: p.id, kind: "DEFINITION" }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.diff ?? "[]")).toEqual(expect.arrayContaining([expect.objectContaining({ field: "periodNote", before: "counted from the day of the speech", after: "counted from the announcement" })]));
    expect(await read()).toMatchObject([
      { interpretation: { text: "une par domaine et par année", outdated: true, english: "one per field in each year" } },
      { interpretation: { text: "à compter du jour du discours", outdated: true, english: "counted from the announcement" } },
      { topic: "sum" },
    ]);
    const outdated = (await listPledgeTranslations(p.id, "fr"))!.items.filter((i) => i.outdated).map((i) => i.key);
    expect(outdated.sort()).toEqual(["periodNote", "targetNote"]);
  });
});
