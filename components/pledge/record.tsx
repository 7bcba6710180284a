import styles from "@/components/dashboard/dashboard.module.css";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/components/ui/format";
import type { PublicAssessment } from "@/lib/assessments/queries";
import { PACE_STATUS_LABEL } from "@/lib/pace/labels";
import { VERDICT_LABEL } from "@/lib/pace/record";
import type { PledgeSummary } from "@/lib/pledges/queries";

/**
 * The record badge (final verdict, else the computed state in words), plus the pace while the period runs and data
 * exist. Silence is never shown as failure: with nothing published the badge says so, in neutral words.
 */
export function RecordBadges({ summary }: { summary: PledgeSummary }) {
  const showPace = summary.phase === "DURING" && summary.record.state === "SHORT" && !summary.record.assessed;
  const pace = PACE_STATUS_LABEL[summary.paceStatus];
  return (
    <>
      <span className={styles.recordBadge} data-testid="pledge-record" data-state={summary.record.state}>
        <Badge tone={summary.record.tone} label={summary.record.label} prefix="Record" />
      </span>
      {showPace ? <Badge tone={pace.tone} label={pace.label} prefix="Pace" /> : null}
    </>
  );
}

/**
 * The pace figures as `dt`/`dd` pairs. During the period: expected by now, actual, projected. Once it is over: the
 * target and the final value, with no projection. With nothing published, "none published yet", not a zero to compare.
 */
export function PaceFacts({ summary }: { summary: PledgeSummary }) {
  const published = summary.publishedUpdates > 0 || summary.record.state !== "NO_REPORT";
  const actual = published ? formatNumber(summary.counted) : "none published yet";
  if (summary.phase === "AFTER_END") {
    return (
      <>
        <dt>Target</dt>
        <dd>{formatNumber(summary.target)}</dd>
        <dt>Final value</dt>
        <dd data-testid="pledge-final-value">{published ? formatNumber(summary.counted) : "no progress has been published"}</dd>
      </>
    );
  }
  return (
    <>
      <dt>Expected by now</dt>
      <dd>{formatNumber(summary.expectedByNow)}</dd>
      <dt>Published so far</dt>
      <dd>{actual}</dd>
      <dt>Projected at end</dt>
      <dd>{summary.projected === null || !published ? "not projected" : formatNumber(summary.projected, { maximumFractionDigits: 0 })}</dd>
    </>
  );
}

/** "Period ended on 25 Sept 2022" and confirmed missed years, each said once. */
export function RecordNotes({ summary }: { summary: PledgeSummary }) {
  return (
    <>
      {summary.periodEnded ? (
        <p className={styles.note} data-testid="period-ended">
          {summary.periodEnded}.
        </p>
      ) : null}
      {summary.missedYears.length > 0 ? (
        <p className={styles.warnNote}>Missed (confirmed): period year {summary.missedYears.join(", ")}. A missed year stays missed.</p>
      ) : null}
    </>
  );
}

/** The final assessment in force; `full` adds the method, the sources and the correction history's reason. */
export function AssessmentSummary({ assessment, unit, full = false }: { assessment: PublicAssessment; unit: string; full?: boolean }) {
  const verdict = VERDICT_LABEL[assessment.verdict];
  return (
    <div className={styles.note} data-testid="final-assessment">
      <p>
        <strong>Final assessment: </strong>
        <Badge tone={verdict.tone} label={verdict.label} />
        {assessment.finalValue !== null ? ` · final value ${formatNumber(assessment.finalValue)} ${unit}` : ""} · by {assessment.assessedBy} on{" "}
        {formatDate(assessment.assessedOn)}
        {assessment.version > 1 ? ` · corrected (version ${assessment.version})` : ""}
      </p>
      {full ? (
        <>
          <p>
            <strong>Method: </strong>
            {assessment.methodNote}
          </p>
          <p>
            <strong>Sources:</strong>
          </p>
          <ul>
            {assessment.sources.map((s) => (
              <li key={s}>{/^https?:\/\//i.test(s) ? <a href={s} rel="noopener noreferrer nofollow">{s}</a> : s}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Every version of the final assessment, newest first, with the reason for each correction. */
export function AssessmentHistory({ versions, unit }: { versions: PublicAssessment[]; unit: string }) {
  return (
    <ol reversed data-testid="assessment-history">
      {versions.map((v) => (
        <li key={v.version}>
          Version {v.version}: {VERDICT_LABEL[v.verdict].label}
          {v.finalValue !== null ? `, final value ${formatNumber(v.finalValue)} ${unit}` : ""}, by {v.assessedBy} on {formatDate(v.assessedOn)}
          {v.reason ? `. Correction: ${v.reason}` : ". First record."}
        </li>
      ))}
    </ol>
  );
}
