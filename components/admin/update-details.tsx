import { EvidenceDetails } from "@/components/admin/evidence-details";
import type { UpdateDetail } from "@/lib/updates/queries";

export function UpdateDetails({ update, canConfirm = false }: { update: UpdateDetail; canConfirm?: boolean }) {
  return (
    <dl className="details">
      {update.fieldName && (
        <>
          <dt>{update.fieldLabel}</dt>
          <dd>{update.fieldName}</dd>
        </>
      )}
      <dt>Date</dt>
      <dd>{update.eventDate}</dd>
      <dt>Quantity</dt>
      <dd data-testid="update-quantity">{update.quantity.toLocaleString("en")}</dd>
      <dt>Countries</dt>
      <dd>{update.countries.map((c) => c.name).join(", ") || "—"}</dd>
      <dt>Description</dt>
      <dd>{update.description || "—"}</dd>
      {update.publicSummary ? (
        <>
          <dt>Public summary</dt>
          <dd>{update.publicSummary}</dd>
        </>
      ) : null}
      <dt>Evidence</dt>
      <dd>
        <EvidenceDetails items={update.evidence} level={update.evidenceLevel} version={update.version} canConfirm={canConfirm} />
      </dd>
      {update.publishedAt && (
        <>
          <dt>Published</dt>
          <dd>
            {update.publishedAt.slice(0, 10)} by {update.reviewer ?? "an admin"}
          </dd>
        </>
      )}
    </dl>
  );
}

export function UpdateRevisions({ revisions }: { revisions: UpdateDetail["revisions"] }) {
  if (revisions.length === 0) return null;
  return (
    <section>
      <h2>Correction history</h2>
      <ol>
        {revisions.map((r) => (
          <li key={r.version}>
            Version {r.version} replaced on {r.createdAt.slice(0, 10)} by {r.author ?? "unknown"}: “{r.reason}”. It said: quantity {String(r.snapshot.quantity)},
            date {String(r.snapshot.eventDate)}, title “{String(r.snapshot.title)}”.
          </li>
        ))}
      </ol>
    </section>
  );
}
