import { createCatalogueTranslator } from "@/lib/i18n/catalogue";
import { getFormats } from "@/lib/i18n/format";
import { ENGLISH_LABELS } from "@/lib/i18n/labels";
import englishPledges from "@/lib/i18n/messages/en/pledges.json";
import { periodEndExclusive } from "./period";
import type { Tone } from "./labels";

// What the public record can honestly say about a year, a year × field cell or a whole pledge. Silence is never a
// failure: with nothing published the state is NO_REPORT; SHORT needs published data; MISSED needs the year (or the
// period) to be over AND a confirmation (an editor's year-scoped check, or the final assessment).

export type Phase = "BEFORE_START" | "DURING" | "AFTER_END";
export type RecordState = "NO_REPORT" | "SHORT" | "MISSED" | "MET";
export type Verdict = "ACHIEVED" | "PARTLY_ACHIEVED" | "NOT_ACHIEVED" | "CANNOT_BE_ASSESSED";

/** An editor's "checked, nothing new" for a period year (and field); `fieldId` null covers every field of that year. */
export type YearCheck = { year: number; fieldId: number | null; checkedAt: Date };

export function getPhase({ now, start, end }: { now: Date; start: Date; end: Date }): Phase {
  if (now < start) return "BEFORE_START";
  return now >= end ? "AFTER_END" : "DURING";
}

/** The phase of a whole period, whose `periodEnd` names its last day (counted in full). */
export function getPeriodPhase({ now, periodStart, periodEnd }: { now: Date; periodStart: Date; periodEnd: Date }): Phase {
  return getPhase({ now, start: periodStart, end: periodEndExclusive(periodEnd) });
}

/** Whether a verdict confirms the final figures (every verdict but "cannot be assessed"). */
export function isConfirmingVerdict(verdict: Verdict | null | undefined): boolean {
  return !!verdict && verdict !== "CANNOT_BE_ASSESSED";
}

/**
 * Whether a year (and field) is confirmed: by a final assessment that confirms the figures, or by an editor's check for
 * that year, made once the year was over (a check during the year says only "nothing so far").
 */
export function isYearConfirmed(args: { year: number; fieldId: number | null; yearEnd: Date; checks: YearCheck[]; verdict?: Verdict | null }): boolean {
  if (isConfirmingVerdict(args.verdict)) return true;
  return args.checks.some(
    (c) => c.year === args.year && (c.fieldId === null || c.fieldId === args.fieldId) && c.checkedAt >= args.yearEnd,
  );
}

export type CellInput = {
  now: Date;
  /** The year's bounds, [start, end). */
  start: Date;
  end: Date;
  /** The plan for the cell; null when there is none (then any report meets it). */
  planned: number | null;
  actual: number;
  /** Whether any published update counts in the cell (a report of zero is still a report). */
  reported: boolean;
  /** See isYearConfirmed. */
  confirmed: boolean;
};

export type CellRecord = { state: RecordState; phase: Phase };

/** The state of one period year or year × field cell. */
export function getCellRecord(input: CellInput): CellRecord {
  const phase = getPhase(input);
  const met = input.reported && (input.planned === null || input.actual >= input.planned);
  if (met) return { state: "MET", phase };
  if (phase === "AFTER_END" && input.confirmed) return { state: "MISSED", phase };
  return { state: input.reported ? "SHORT" : "NO_REPORT", phase };
}

/** The catalogue key of a cell's words (pledges.cell.<key>): every state is said in words, never by color alone. */
export type CellKey = "met" | "missed" | "shortUnconfirmed" | "shortSoFar" | "notStarted" | "noReport";

/** A cell's words (its catalogue key), symbol and tone. */
export function describeCell({ state, phase }: CellRecord): { key: CellKey; symbol: string; tone: Tone } {
  if (state === "MET") return { key: "met", symbol: "✓", tone: "good" };
  if (state === "MISSED") return { key: "missed", symbol: "✗", tone: "bad" };
  if (state === "SHORT") return { key: phase === "AFTER_END" ? "shortUnconfirmed" : "shortSoFar", symbol: "◐", tone: "warn" };
  return { key: phase === "BEFORE_START" ? "notStarted" : "noReport", symbol: "○", tone: "neutral" };
}

export type PledgeRecordInput = {
  now: Date;
  periodStart: Date;
  periodEnd: Date;
  /** Whether the counted value reaches the target (lib/pace: status ACHIEVED). */
  met: boolean;
  /** Whether anything was published (an update, a completed milestone). */
  hasProgress: boolean;
  /** The verdict of the final assessment in force, if any. */
  verdict: Verdict | null;
};

export type PledgeRecord = {
  phase: Phase;
  state: RecordState;
  /** True when a final assessment is in force: its verdict, not the computation, is the record. */
  assessed: boolean;
  /** The state in plain English words (CSV, API); until an assessment exists, worded as computed. Pages say it in their language (readRecordKey). */
  label: string;
  tone: Tone;
};

export const VERDICT_LABEL: Record<Verdict, { label: string; tone: Tone }> = {
  ACHIEVED: { label: ENGLISH_LABELS.verdict.ACHIEVED, tone: "good" },
  PARTLY_ACHIEVED: { label: ENGLISH_LABELS.verdict.PARTLY_ACHIEVED, tone: "warn" },
  NOT_ACHIEVED: { label: ENGLISH_LABELS.verdict.NOT_ACHIEVED, tone: "bad" },
  CANNOT_BE_ASSESSED: { label: ENGLISH_LABELS.verdict.CANNOT_BE_ASSESSED, tone: "neutral" },
};

/**
 * The catalogue key of a pledge record's words (pledges.record.<key>): "assessed" takes the verdict's label as
 * `verdict`; the others are worded as computed.
 */
export type RecordKey =
  | "assessed" | "periodNotStarted" | "reachedBeforeStart" | "targetReached" | "shortSoFar" | "noReportYet"
  | "notAssessedMet" | "notAssessedShort" | "notAssessedNoReport";

export function readRecordKey({ phase, state, assessed }: { phase: Phase; state: RecordState; assessed: boolean }): RecordKey {
  if (assessed) return "assessed";
  if (phase === "BEFORE_START") return state === "MET" ? "reachedBeforeStart" : "periodNotStarted";
  if (phase === "DURING") return state === "MET" ? "targetReached" : state === "SHORT" ? "shortSoFar" : "noReportYet";
  return state === "MET" ? "notAssessedMet" : state === "SHORT" ? "notAssessedShort" : "notAssessedNoReport";
}

// The English words of the machine-readable outputs (CSV, API), from the English catalogue: pages read theirs.
const english = createCatalogueTranslator({ namespace: "pledges.record", catalogues: { en: englishPledges } })("en");

/** The pledge as a whole: the final assessment's verdict when there is one, else the state computed from the data. */
export function getPledgeRecord(input: PledgeRecordInput): PledgeRecord {
  const phase = getPeriodPhase(input);
  const computed: RecordState = input.met ? "MET" : input.hasProgress ? "SHORT" : "NO_REPORT";
  if (input.verdict) {
    const state: RecordState =
      input.verdict === "ACHIEVED" ? "MET" : input.verdict === "CANNOT_BE_ASSESSED" ? computed : phase === "AFTER_END" ? "MISSED" : computed;
    const { label, tone } = VERDICT_LABEL[input.verdict];
    return { phase, state, assessed: true, label: english("assessed", { verdict: label }), tone };
  }
  return { phase, state: computed, assessed: false, label: english(readRecordKey({ phase, state: computed, assessed: false })), tone: describeTone(phase, computed) };
}

function describeTone(phase: Phase, state: RecordState): Tone {
  if (state === "MET") return "good";
  return state === "SHORT" && phase !== "BEFORE_START" ? "warn" : "neutral";
}

/** "Period ended on 25 Sept 2022" (English, for the CSV and the API), or null while the period runs. */
export function describePeriodEnd(record: { phase: Phase }, periodEnd: Date): string | null {
  if (record.phase !== "AFTER_END") return null;
  return english("periodEnded", { date: getFormats("en").date(periodEnd.toISOString()) });
}
