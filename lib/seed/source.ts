import { readFileSync } from "node:fs";
import path from "node:path";

// The seeded facts (prisma/source/pledges.json): the announcement, the period and the pledges as the source article
// gives them, with the tracker's interpretations. Read by the seed only: pages read the seeded rows from the database.

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
