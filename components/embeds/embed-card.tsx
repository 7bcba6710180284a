import { formatNumber, formatPercent } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";

/** The embed's frame: title, value against the target, the chart given as children, the as-of date and a link back. */
export function EmbedCard({ pledge, summary, href, asOf, children }: { pledge: PledgeDetail; summary: PledgeSummary; href: string; asOf: string; children: React.ReactNode }) {
  return (
    <article data-testid="embed">
      <h1 style={{ fontSize: "1.25rem", margin: "0 0 0.25rem" }}>{pledge.title}</h1>
      <p style={{ margin: "0 0 0.5rem" }}>
        <strong data-testid="embed-value">{formatNumber(summary.counted)}</strong> of {formatNumber(pledge.target)} {pledge.unit} ·{" "}
        {formatPercent(summary.percentComplete)} complete
      </p>
      <ProgressBar
        percent={summary.percentComplete}
        expectedPercent={pledge.target > 0 ? (summary.expectedByNow / pledge.target) * 100 : null}
        label={`${formatPercent(summary.percentComplete)} complete`}
      />
      {children}
      <p className="muted" style={{ marginTop: "0.5rem" }}>
        Published data as of <time dateTime={asOf}>{asOf}</time>.{" "}
        <a href={href} target="_blank" rel="noopener">
          Full details and evidence on Pledge Tracker
        </a>
      </p>
    </article>
  );
}
