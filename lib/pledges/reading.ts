import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localizePledgeContent, type LocalizedContent, type LocalizedText } from "./translations";

// The tracker's reading of the speech: its interpretations of each pledge, kept as pledge content (`targetNote`: what
// the target means; `periodNote`: when the period ends) and read through the one translation rule, so every language
// shows its translation with the English beside it. Shown on each pledge page and explained on /about, always
// labelled as the tracker's reading, never as the speaker's words.

/**
 * One interpretation behind a pledge's figures, as data: pages word the topic and the tracker's own rules in their
 * language; `interpretation`, the recorded reading, is the pledge text in the page's language (or its English).
 */
export type Reading =
  | { topic: "target"; target: number; interpretation: LocalizedText }
  | { topic: "period"; interpretation: LocalizedText; start: string; end: string }
  /** How countries count: toward the target once each (`countries`), or listed beside a sum (`sum`). */
  | { topic: "countries" | "sum" };

type ReadingSource = {
  target: number;
  measure: string;
  periodStart: string;
  periodEnd: string;
  content: LocalizedContent<"targetNote" | "periodNote">;
};

/** The interpretations behind one pledge's figures: what the target means, when the period ends, how countries count. */
export function getPledgeReading(pledge: ReadingSource): Reading[] {
  const { targetNote, periodNote } = pledge.content;
  const readings: Reading[] = [];
  if (targetNote.english) readings.push({ topic: "target", target: pledge.target, interpretation: targetNote });
  if (periodNote.english) readings.push({ topic: "period", interpretation: periodNote, start: pledge.periodStart, end: pledge.periodEnd });
  if (pledge.measure === "DISTINCT_COUNTRIES") readings.push({ topic: "countries" });
  else if (pledge.measure === "SUM") readings.push({ topic: "sum" });
  return readings;
}

export type PledgeReadings = { slug: string; title: LocalizedText; readings: Reading[] };

/** Every pledge's interpretations in `locale`, in display order: what /about explains. */
export const listPledgeReadings = cachePublicRead("pledge-readings", async (locale: Locale): Promise<PledgeReadings[]> => {
  const rows = await db.pledge.findMany({
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
    select: { slug: true, title: true, target: true, targetNote: true, periodNote: true, periodStart: true, periodEnd: true, measure: true, translations: true },
  });
  return rows.map((row) => {
    const content = localizePledgeContent({ ...row, summary: null, sourceSentence: null, unit: null, fieldLabel: null }, locale);
    const readings = getPledgeReading({ ...row, periodStart: row.periodStart.toISOString(), periodEnd: row.periodEnd.toISOString(), content });
    return { slug: row.slug, title: content.title, readings };
  });
});
