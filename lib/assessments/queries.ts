import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import type { Verdict } from "@/lib/pace/record";

/** A final assessment as the public sees it (plain, serialisable). */
export type PublicAssessment = {
  version: number;
  verdict: Verdict;
  finalValue: number | null;
  methodNote: string;
  sources: string[];
  assessedOn: string;
  assessedBy: string;
  /** Why this version corrected the previous one; null for the first record. */
  reason: string | null;
  recordedAt: string;
};

type Row = { version: number; verdict: Verdict; finalValue: number | null; methodNote: string; sources: string; assessedOn: Date; assessedByName: string; reason: string | null; createdAt: Date };

export function toPublicAssessment(row: Row): PublicAssessment {
  return {
    version: row.version,
    verdict: row.verdict,
    finalValue: row.finalValue,
    methodNote: row.methodNote,
    sources: parseSources(row.sources),
    assessedOn: row.assessedOn.toISOString().slice(0, 10),
    assessedBy: row.assessedByName,
    reason: row.reason,
    recordedAt: row.createdAt.toISOString(),
  };
}

function parseSources(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

const SELECT = { pledgeId: true, version: true, verdict: true, finalValue: true, methodNote: true, sources: true, assessedOn: true, assessedByName: true, reason: true, createdAt: true } as const;

/** The assessment in force (the newest version) per pledge id. A handful of rows: one per assessed pledge and version. */
export async function getAssessmentsInForce(options: { before?: Date } = {}): Promise<Map<number, PublicAssessment>> {
  // `before`: the version in force at that moment (the as-of view, lib/as-of).
  const where = options.before ? { createdAt: { lt: options.before } } : {};
  const rows = await db.finalAssessment.findMany({ where, orderBy: [{ pledgeId: "asc" }, { version: "asc" }], select: SELECT });
  return new Map(rows.map((r) => [r.pledgeId, toPublicAssessment(r)]));
}

/** Every version of one pledge's assessment, newest first: the public history of its corrections. */
export const listAssessmentVersions = cachePublicRead("assessment-versions", async (pledgeId: number): Promise<PublicAssessment[]> => {
  const rows = await db.finalAssessment.findMany({ where: { pledgeId }, orderBy: { version: "desc" }, select: SELECT });
  return rows.map(toPublicAssessment);
});
