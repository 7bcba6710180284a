import { formatDate } from "@/components/ui/format";
import { listPledgeFreshness } from "@/lib/freshness/queries";
import { RhythmForm } from "./check-form";
import { OverdueBadge } from "./freshness";

// Apart from freshness.tsx: its form is a client component, which public pages (served without scripts) must not import.
/** Admins' panel on the pledge's admin page: the reporting rhythm and where the pledge stands against it. */
export async function RhythmPanel({ pledgeId }: { pledgeId: number }) {
  const freshness = (await listPledgeFreshness()).find((p) => p.pledgeId === pledgeId);
  if (!freshness) return null;
  return (
    <section className="panel">
      <h2>Reporting rhythm</h2>
      <p className="muted">
        Last updated {formatDate(freshness.lastUpdatedAt)} · last checked {formatDate(freshness.lastCheckedAt)} <OverdueBadge freshness={freshness} />
      </p>
      <RhythmForm pledgeId={pledgeId} months={freshness.rhythmMonths} />
    </section>
  );
}
