import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/admin/assessment-form";
import { AssessmentHistory } from "@/components/pledge/record";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import { getPeriodPhase } from "@/lib/pace/record";
import { AddFieldForm, AnnualPlanForm, MilestoneForm, PledgeDetailsForm, RenameFieldForm, StatusForm } from "@/components/admin/pledge-forms";
import { RhythmPanel } from "@/components/freshness/rhythm-panel";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import { getPledgeAdmin } from "@/lib/pledges/admin-queries";

export const metadata: Metadata = { title: "Manage pledge" };

const label = (s: string | null) => (s ? (PLEDGE_STATUS_LABEL[s]?.label ?? s) : "—");

export default async function AdminPledgePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser("pledge:status", `/admin/pledges/${id}`);
  const pledge = Number.isInteger(Number(id)) ? await getPledgeAdmin(Number(id)) : null;
  if (!pledge) notFound();
  const manage = can(user, "pledge:manage");
  const assess = can(user, "assessment:record");
  const versions = assess ? await listAssessmentVersions(pledge.id) : [];
  const periodOver = getPeriodPhase({ now: new Date(), periodStart: new Date(pledge.periodStart), periodEnd: new Date(pledge.periodEnd) }) === "AFTER_END";
  return (
    <>
      <h1>{pledge.title}</h1>
      <p>
        Status: <span className="badge" data-testid="pledge-status">{label(pledge.status)}</span> · <Link href={`/pledges/${pledge.slug}`}>Public page</Link> ·{" "}
        <Link href={`/admin/updates/new?pledge=${pledge.id}`}>Log progress</Link>
        {pledge.measure === "DISTINCT_COUNTRIES" && (
          <>
            {" "}
            · <Link href={`/admin/pledges/${pledge.id}/deliveries`}>Country delivery status</Link>
          </>
        )}
      </p>

      <section className="panel">
        <h2>Status</h2>
        <StatusForm pledgeId={pledge.id} status={pledge.status} />
        <h3>History</h3>
        {pledge.history.length === 0 ? (
          <p className="muted">The status has never been changed.</p>
        ) : (
          <ol data-testid="status-history">
            {pledge.history.map((h) => (
              <li key={h.id}>
                {h.at.slice(0, 10)}: {label(h.from)} → {label(h.to)} by {h.by ?? "unknown"}. Reason: {h.reason}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel">
        <h2>Milestones</h2>
        {pledge.milestones.length === 0 && <p className="muted">This pledge has no milestones.</p>}
        {pledge.milestones.map((m) => (
          <div key={m.id}>
            <h3>{m.title}</h3>
            {m.completedAt ? (
              <p data-testid={`milestone-${m.id}`}>
                Completed on {m.completedAt}. Evidence:{" "}
                {m.evidenceUrl ? (
                  <a href={m.evidenceUrl} rel="noopener noreferrer nofollow">
                    {m.evidenceUrl}
                  </a>
                ) : (
                  m.evidenceNote
                )}
              </p>
            ) : (
              <MilestoneForm milestone={m} />
            )}
          </div>
        ))}
      </section>

      {assess && (
        <section className="panel" aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">Final assessment</h2>
          {!periodOver ? (
            <p className="muted">A final assessment can be recorded once the period is over (it ends on {pledge.periodEnd}).</p>
          ) : (
            <>
              <p className="hint">
                Public on the card, the pledge page, the CSV summary and the API. Once recorded it changes only through a correction with a
                reason; every earlier version stays public.
              </p>
              {versions.length ? <AssessmentHistory versions={versions} unit={pledge.unit} /> : null}
              <AssessmentForm pledgeId={pledge.id} current={versions[0] ?? null} today={new Date().toISOString().slice(0, 10)} />
            </>
          )}
        </section>
      )}

      {manage && (
        <>
          <section className="panel">
            <h2>Details</h2>
            <PledgeDetailsForm pledge={pledge} />
          </section>
          <section className="panel">
            <h2>Breakdown ({pledge.fieldLabel})</h2>
            {pledge.fields.length === 0 && <p className="muted">No {pledge.fieldLabel} yet.</p>}
            {pledge.fields.map((f) => (
              <RenameFieldForm key={f.id} field={f} />
            ))}
            <AddFieldForm pledgeId={pledge.id} label={pledge.fieldLabel} />
          </section>
          <section className="panel">
            <h2>Annual plan</h2>
            <AnnualPlanForm pledge={pledge} />
          </section>
          <RhythmPanel pledgeId={pledge.id} />
        </>
      )}
    </>
  );
}
