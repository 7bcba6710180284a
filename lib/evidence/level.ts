import { ENGLISH_LABELS } from "@/lib/i18n/labels";
import type { EvidenceLevel, EvidenceSource } from "@/lib/db";

export type LevelItem = {
  /** Null on items migrated from plain links and citations: not classified, so they count as the government's own. */
  source: EvidenceSource | null;
  hasDocument: boolean;
  /** A reviewer confirmed the update's figure against this item's document. */
  confirmed: boolean;
};

const CORROBORATING: readonly EvidenceSource[] = ["RECIPIENT", "INTERPOL", "INDEPENDENT"];

/**
 * The one evidence-level rule. Documented: a reviewer confirmed the figure against a primary document on file.
 * Corroborated: at least one independent, recipient-country or INTERPOL source. Otherwise self-reported.
 * Internal items count too: the public sees that they exist, who reviewed them and their sha256.
 */
export function rateEvidence(items: readonly LevelItem[]): EvidenceLevel {
  if (items.some((i) => i.hasDocument && i.confirmed)) return "DOCUMENTED";
  if (items.some((i) => i.source !== null && CORROBORATING.includes(i.source))) return "CORROBORATED";
  return "SELF_REPORTED";
}

export const EVIDENCE_LEVELS = ["DOCUMENTED", "CORROBORATED", "SELF_REPORTED"] as const satisfies readonly EvidenceLevel[];

export const LEVEL_LABELS: Record<EvidenceLevel, string> = ENGLISH_LABELS.evidenceLevel;

export const SOURCE_LABELS: Record<EvidenceSource, string> = ENGLISH_LABELS.evidenceSource;
