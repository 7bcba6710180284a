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

export type Reading = { topic: string; text: string };

const COUNTRY_RULE =
  "Only countries flagged as developing count toward the target, each once, whichever workstream or update reached it. The default flag follows UN M49's former \"developed regions\" (Europe, Northern America, Japan, Australia, New Zealand are not developing); admins can change it per country. A reached country that is not flagged is listed as \"reached, not counted toward the target\".";
const SUM_RULE = "The figure is the sum of the quantities in published updates; the countries an update names are listed, but do not change the figure.";

/** The interpretations behind one pledge's figures: what the target means, when the period ends, how countries count. */
export function getPledgeReading(pledge: { slug: string; measure: string }): Reading[] {
  const facts = readSourceFacts();
  const source = facts.pledges.find((p) => p.key === pledge.slug);
  const readings: Reading[] = [];
  if (source?.target_interpretation) readings.push({ topic: `What the target of ${source.target.toLocaleString("en-GB")} means`, text: capitalize(source.target_interpretation) + "." });
  if (source) readings.push({ topic: "When the period ends", text: `${capitalize(facts.period.interpretation)}: ${facts.period.start} to ${facts.period.end}, the last day included.` });
  if (pledge.measure === "DISTINCT_COUNTRIES") readings.push({ topic: "How countries count", text: COUNTRY_RULE });
  else if (pledge.measure === "SUM") readings.push({ topic: "How countries count", text: SUM_RULE });
  return readings;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
