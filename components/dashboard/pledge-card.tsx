import { withAsOf } from "@/lib/as-of/day";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber, formatPercent } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { AssessmentSummary, PaceFacts, RecordBadges, RecordNotes } from "@/components/pledge/record";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeSummary } from "@/lib/pledges/queries";
import styles from "./dashboard.module.css";

/** Value against target, pace and status for one pledge. `children` is its sparkline. */
export function PledgeCard({ pledge, children, asOfDay }: { pledge: PledgeSummary; children?: React.ReactNode; asOfDay?: string }) {
  const official = PLEDGE_STATUS_LABEL[pledge.status] ?? { label: pledge.status, tone: "neutral" as const };
  const expectedPercent = pledge.target > 0 ? (pledge.expectedByNow / pledge.target) * 100 : null;
  const annual = pledge.cadence === "ANNUAL";
  return (
    <li className={styles.card} data-testid={`pledge-${pledge.slug}`}>
      <h3>
        <a href={withAsOf(`/pledges/${pledge.slug}`, asOfDay ?? null)}>{pledge.title}</a>
      </h3>
      <p className={styles.figure}>
        <strong data-testid="pledge-value">{formatNumber(annual ? pledge.counted : pledge.value)}</strong> of{" "}
        <span data-testid="pledge-target">{formatNumber(pledge.target)}</span> {pledge.unit}
      </p>
      <ProgressBar percent={pledge.percentComplete} expectedPercent={expectedPercent} label={`${pledge.title}: ${formatPercent(pledge.percentComplete)} complete`} />
      <div className={styles.badges}>
        <RecordBadges summary={pledge} />
        <Badge tone={official.tone} label={`Status: ${official.label}`} />
      </div>
      {pledge.assessment ? <AssessmentSummary assessment={pledge.assessment} unit={pledge.unit} /> : null}
      <dl className={styles.facts}>
        <dt>Complete</dt>
        <dd data-testid="pledge-percent">{formatPercent(pledge.percentComplete)}</dd>
        <PaceFacts summary={pledge} />
        <dt>Last update</dt>
        <dd>{pledge.lastPublishedAt ? formatDate(pledge.lastPublishedAt) : "none published yet"}</dd>
      </dl>
      {annual ? (
        <p className={styles.note}>
          Recurring target: each year and field counts up to its own plan, so a surplus cannot make up a missed year.
          {pledge.value !== pledge.counted ? ` ${formatNumber(pledge.value)} supported in all.` : ""}
        </p>
      ) : null}
      <RecordNotes summary={pledge} />
      {children}
    </li>
  );
}
