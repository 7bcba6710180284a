import { readFileSync } from "node:fs";
import path from "node:path";

// The tracker's reading of the speech: the interpretations recorded in prisma/source/pledges.json. Shown on each
// pledge page and explained on /about, always labelled as the tracker's reading, never as the speaker's words.

export type SourceFacts = {
  announcement: { speaker: string; event: string; place: string; date: string; source: string; quote: string };
  period: { start: string; end: string; interpretation: string };
  pledges: Array<{
    key: string;
    title: string;
    source_sentence: string;
    unit: string;
    target: number;
    target_interpretation?: string;
    cadence?: string;
    workstreams?: string[];
    milestones?: string[];
  }>;
};

let cached: SourceFacts | null = null;

export function readSourceFacts(): SourceFacts {
  cached ??= JSON.parse(readFileSync(path.join(process.cwd(), "prisma/source/pledges.json"), "utf8")) as SourceFacts;
  return cached;
}

/**
 * One interpretation behind a pledge's figures, as data: pages word the topic and the tracker's own rules in their
 * language; `interpretation`, the recorded reading, is shown as the source gives it.
 */
export type Reading =
  | { topic: "target"; target: number; interpretation: string }
  | { topic: "period"; interpretation: string; start: string; end: string }
  /** How countries count: toward the target once each (`countries`), or listed beside a sum (`sum`). */
  | { topic: "countries" | "sum" };

/** The interpretations behind one pledge's figures: what the target means, when the period ends, how countries count. */
export function getPledgeReading(pledge: { slug: string; measure: string }): Reading[] {
  const facts = readSourceFacts();
  const source = facts.pledges.find((p) => p.key === pledge.slug);
  const readings: Reading[] = [];
  if (source?.target_interpretation) readings.push({ topic: "target", target: source.target, interpretation: capitalize(source.target_interpretation) });
  if (source) readings.push({ topic: "period", interpretation: capitalize(facts.period.interpretation), start: facts.period.start, end: facts.period.end });
  if (pledge.measure === "DISTINCT_COUNTRIES") readings.push({ topic: "countries" });
  else if (pledge.measure === "SUM") readings.push({ topic: "sum" });
  return readings;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
