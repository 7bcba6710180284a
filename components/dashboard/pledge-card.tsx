import Link from "next/link";
import { withAsOf } from "@/lib/as-of/day";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber, formatPercent } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { PACE_STATUS_LABEL, PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeSummary } from "@/lib/pledges/queries";
import styles from "./dashboard.module.css";

/** Value against target, pace and status for one pledge. `children` is its sparkline. */
export function PledgeCard({ pledge, children, asOfDay }: { pledge: PledgeSummary; children?: React.ReactNode; asOfDay?: string }) {
  const pace = PACE_STATUS_LABEL[pledge.paceStatus];
  const official = PLEDGE_STATUS_LABEL[pledge.status] ?? { label: pledge.status, tone: "neutral" as const };
  const expectedPercent = pledge.target > 0 ? (pledge.expectedByNow / pledge.target) * 100 : null;
  const annual = pledge.cadence === "ANNUAL";
  return (
    <li className={styles.card} data-testid={`pledge-${pledge.slug}`}>
      <h3>
        <Link href={withAsOf(`/pledges/${pledge.slug}`, asOfDay ?? null)}>{pledge.title}</Link>
      </h3>
      <p className={styles.figure}>
        <strong data-testid="pledge-value">{formatNumber(annual ? pledge.counted : pledge.value)}</strong> of{" "}
        <span data-testid="pledge-target">{formatNumber(pledge.target)}</span> {pledge.unit}
      </p>
      <ProgressBar percent={pledge.percentComplete} expectedPercent={expectedPercent} label={`${pledge.title}: ${formatPercent(pledge.percentComplete)} complete`} />
      <div className={styles.badges}>
        <Badge tone={pace.tone} label={pace.label} prefix="Pace" />
        <Badge tone={official.tone} label={`Status: ${official.label}`} />
      </div>
      <dl className={styles.facts}>
        <dt>Complete</dt>
        <dd data-testid="pledge-percent">{formatPercent(pledge.percentComplete)}</dd>
        <dt>Expected by now</dt>
        <dd>{formatNumber(pledge.expectedByNow)}</dd>
        <dt>Actual</dt>
        <dd>{formatNumber(pledge.counted)}</dd>
        <dt>Projected at end</dt>
        <dd>{pledge.projected === null ? "not projected" : formatNumber(pledge.projected, { maximumFractionDigits: 0 })}</dd>
        <dt>Last update</dt>
        <dd>{pledge.lastPublishedAt ? formatDate(pledge.lastPublishedAt) : "none published yet"}</dd>
      </dl>
      {annual ? (
        <p className={styles.note}>
          Recurring target: each year and field counts up to its own plan, so a surplus cannot make up a missed year.
          {pledge.value !== pledge.counted ? ` ${formatNumber(pledge.value)} supported in all.` : ""}
        </p>
      ) : null}
      {pledge.missedYears.length > 0 && pledge.publishedUpdates > 0 ? (
        <p className={styles.warnNote}>Missed: period year {pledge.missedYears.join(", ")}. A missed year stays missed.</p>
      ) : null}
      {children}
    </li>
  );
}
