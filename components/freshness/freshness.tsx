import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { labelRhythm } from "@/lib/freshness/overdue";
import { getPledgeFreshness, type PledgeFreshness } from "@/lib/freshness/queries";

/** "Overdue since …" when neither an update nor a check happened within the pledge's reporting rhythm. */
export function OverdueBadge({ freshness }: { freshness: PledgeFreshness }) {
  return freshness.overdueSince ? <Badge tone="warn" label={`Overdue since ${formatDate(freshness.overdueSince)}`} prefix="Freshness" /> : null;
}

const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : "never");

/**
 * The public freshness line of a pledge: rhythm, last updated, last checked, and the overdue badge. `compact` (the
 * overview card, which already shows the last update) leaves out the last update and the link to the pledge's changes.
 */
export async function PledgeFreshnessLine({ slug, compact = false }: { slug: string; compact?: boolean }) {
  const freshness = await getPledgeFreshness(slug);
  if (!freshness) return null;
  return (
    <p className="muted" data-testid="freshness">
      Reported {labelRhythm(freshness.rhythmMonths).toLowerCase()}
      {compact ? null : <> · Last updated {when(freshness.lastUpdatedAt)}</>} · Last checked {when(freshness.lastCheckedAt)}{" "}
      <OverdueBadge freshness={freshness} />
      {compact ? null : (
        <>
          {" "}
          · <a href={`/changes?pledge=${slug}`}>What changed</a>
        </>
      )}
    </p>
  );
}

/** Editors' to-do: every pledge, overdue first, with its last update and check. */
export function FreshnessTable({ rows }: { rows: PledgeFreshness[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Pledges by freshness, overdue first</caption>
      <thead>
        <tr>
          <th scope="col">Pledge</th>
          <th scope="col">Rhythm</th>
          <th scope="col">Last updated</th>
          <th scope="col">Last checked</th>
          <th scope="col">Freshness</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.pledgeId} data-testid="freshness-row">
            <td>
              <a href={`/admin/checks#pledge-${r.pledgeId}`}>{r.title}</a>
            </td>
            <td>{labelRhythm(r.rhythmMonths)}</td>
            <td>{formatDate(r.lastUpdatedAt)}</td>
            <td>{formatDate(r.lastCheckedAt)}</td>
            <td>{r.overdueSince ? <OverdueBadge freshness={r} /> : "Up to date"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
