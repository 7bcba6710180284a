"use client";

import { confirmEvidenceAction } from "@/app/admin/updates/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { LEVEL_LABELS, SOURCE_LABELS } from "@/lib/evidence/level";
import type { StaffEvidence } from "@/lib/evidence/staff";
import type { EvidenceLevel } from "@/lib/db";

function ConfirmButton({ evidenceId, version }: { evidenceId: number; version: number }) {
  const { state, onSubmit, pending } = useFormSubmit(confirmEvidenceAction);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="secondary" disabled={pending}>
        I checked the figure against this document
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/** Every evidence item, internal ones included, for editors and admins; reviewers may confirm a figure against a document. */
export function EvidenceDetails({ items, level, version, canConfirm }: { items: StaffEvidence[]; level: EvidenceLevel; version: number; canConfirm: boolean }) {
  return (
    <>
      <p>
        Evidence level: <strong data-testid="staff-evidence-level">{LEVEL_LABELS[level]}</strong>
      </p>
      <ul>
        {items.map((e) => (
          <li key={e.id} data-testid="staff-evidence-item">
            {e.visibility === "INTERNAL" ? <strong>Internal · </strong> : null}
            {e.source ? SOURCE_LABELS[e.source] : "Not classified"}
            {[e.publisher, e.date].filter(Boolean).map((t) => ` · ${t}`)}
            {e.url ? (
              <>
                {" · "}
                <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                  {e.url}
                </a>
              </>
            ) : null}
            {e.reference ? ` · ${e.reference}` : null}
            {e.document ? (
              <>
                {" · "}
                <a href={`/api/documents/${e.document.id}`} download>
                  {e.document.fileName}
                </a>{" "}
                ({e.document.mediaType}) sha256 <code>{e.document.sha256}</code>
              </>
            ) : null}
            {e.reviewedBy ? <span className="muted"> · reviewed by {e.reviewedBy} on {e.reviewedAt?.slice(0, 10)}</span> : null}
            {e.confirmedBy ? (
              <span className="muted">
                {" "}
                · figure confirmed against this document by {e.confirmedBy} on {e.confirmedAt?.slice(0, 10)}
              </span>
            ) : e.document && canConfirm ? (
              <ConfirmButton evidenceId={e.id} version={version} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
