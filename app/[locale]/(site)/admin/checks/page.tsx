import type { Metadata } from "next";
import { CheckForm } from "@/components/freshness/check-form";
import { FreshnessTable, OverdueBadge } from "@/components/freshness/freshness";
import { formatDate } from "@/components/ui/format";
import { requirePageUser } from "@/lib/auth/session";
import { listCheckablePledges } from "@/lib/freshness/admin-queries";
import { listPledgeFreshness, sortOverdueFirst } from "@/lib/freshness/queries";

export const metadata: Metadata = { title: "Checks" };

export default async function ChecksPage() {
  await requirePageUser("pledge:check", "/admin/checks");
  const [freshness, pledges] = await Promise.all([listPledgeFreshness(), listCheckablePledges()]);
  const rows = sortOverdueFirst(freshness);
  const byId = new Map(pledges.map((p) => [p.id, p]));
  return (
    <>
      <h1>Checks</h1>
      <p>
        When you have checked the sources and there is nothing new to report, say so here with a note. The check is
        public (it appears in the change log) and resets the pledge&apos;s &ldquo;overdue&rdquo; clock. A check for one period
        year (and field or workstream) confirms that nothing happened there.
      </p>
      <FreshnessTable rows={rows} />
      {rows.map((r) => {
        const pledge = byId.get(r.pledgeId);
        if (!pledge) return null;
        return (
          <section key={r.pledgeId} id={`pledge-${r.pledgeId}`} aria-labelledby={`pledge-${r.pledgeId}-heading`}>
            <h2 id={`pledge-${r.pledgeId}-heading`}>{r.title}</h2>
            <p className="muted">
              Last updated {formatDate(r.lastUpdatedAt)} · last checked {formatDate(r.lastCheckedAt)} <OverdueBadge freshness={r} />
            </p>
            <CheckForm pledge={pledge} />
          </section>
        );
      })}
    </>
  );
}
