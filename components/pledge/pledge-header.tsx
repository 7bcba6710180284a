import { Badge, SampleTag } from "@/components/ui/badge";
import styles from "@/components/dashboard/dashboard.module.css";
import { formatDate, formatNumber, formatPercent, formatPeriod } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { TranslatedText } from "@/components/translations/translated-text";
import { AssessmentSummary, PaceFacts, RecordBadges, RecordNotes } from "@/components/pledge/record";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";

export function PledgeHeader({ pledge, summary }: { pledge: PledgeDetail; summary: PledgeSummary }) {
  const official = PLEDGE_STATUS_LABEL[pledge.status] ?? { label: pledge.status, tone: "neutral" as const };
  const annual = pledge.cadence === "ANNUAL";
  return (
    <section className={styles.hero} aria-labelledby="pledge-title">
      <TranslatedText as="h1" id="pledge-title" content={pledge.content.title} />
      <TranslatedText as="p" content={pledge.content.summary} />
      <blockquote className={styles.quote}>
        <TranslatedText as="p" content={pledge.content.sourceSentence} quoted />
        <footer>
          <cite>{pledge.sourceCitation}</cite>
        </footer>
      </blockquote>
      <div className={styles.badges}>
        <RecordBadges summary={summary} />
        <Badge tone={official.tone} label={`Status: ${official.label}`} />
      </div>
      {summary.assessment ? <AssessmentSummary assessment={summary.assessment} unit={pledge.unit} full /> : null}
      <p className={styles.figure}>
        <strong data-testid="pledge-value">{formatNumber(annual ? summary.counted : summary.value)}</strong> of {formatNumber(pledge.target)} {pledge.unit} ·{" "}
        <span data-testid="pledge-percent">{formatPercent(summary.percentComplete)}</span> complete
      </p>
      <ProgressBar
        percent={summary.percentComplete}
        expectedPercent={pledge.target > 0 ? (summary.expectedByNow / pledge.target) * 100 : null}
        label={`${formatPercent(summary.percentComplete)} complete`}
      />
      <dl className={styles.facts}>
        <dt>Unit</dt>
        <dd>{pledge.unit}</dd>
        <dt>Target</dt>
        <dd>
          {formatNumber(pledge.target)}
          {annual ? " (recurring: each year)" : ""}
          {pledge.targetNote ? ` — ${pledge.targetNote}` : ""}
        </dd>
        <dt>Period</dt>
        <dd>
          {formatPeriod(pledge.periodStart, pledge.periodEnd)} ({formatPercent(summary.elapsedShare * 100)} elapsed)
        </dd>
        <PaceFacts summary={summary} />
        <dt>Published updates</dt>
        <dd>
          {formatNumber(summary.publishedUpdates)} (last {summary.lastPublishedAt ? formatDate(summary.lastPublishedAt) : "none yet"})
        </dd>
      </dl>
      <RecordNotes summary={summary} />
    </section>
  );
}

export function StatusHistory({ history }: { history: PledgeDetail["statusHistory"] }) {
  if (history.length === 0) return <p className="muted">No status changes yet: the status is the one the pledge started with.</p>;
  return (
    <ol>
      {history.map((h) => (
        <li key={h.createdAt + h.toStatus}>
          <strong>{formatDate(h.createdAt)}</strong>: {h.fromStatus ? `${PLEDGE_STATUS_LABEL[h.fromStatus]?.label ?? h.fromStatus} → ` : ""}
          {PLEDGE_STATUS_LABEL[h.toStatus]?.label ?? h.toStatus}. {h.reason}
        </li>
      ))}
    </ol>
  );
}

export function Milestones({ milestones }: { milestones: PledgeDetail["milestones"] }) {
  if (milestones.length === 0) return <p className="muted">This pledge has no milestones.</p>;
  return (
    <ul>
      {milestones.map((m) => (
        <li key={m.slug}>
          <Badge tone={m.completedAt ? "good" : "neutral"} label={m.completedAt ? `Done ${formatDate(m.completedAt)}` : "Not yet done"} />{" "}
          <TranslatedText content={m.content} />
          {m.dueDate ? <span className="muted"> (due {formatDate(m.dueDate)})</span> : null}
          {m.isSample ? <SampleTag /> : null}
          {m.evidenceUrl ? (
            <>
              {" "}
              · <a href={m.evidenceUrl} rel="noopener noreferrer">evidence</a>
            </>
          ) : null}
          {m.evidenceNote ? <span className="muted"> — {m.evidenceNote}</span> : null}
        </li>
      ))}
    </ul>
  );
}
