"use client";

import { useTranslations } from "next-intl";
import { confirmEvidenceAction } from "@/app/admin/updates/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import type { StaffEvidence } from "@/lib/evidence/staff";
import type { EvidenceLevel } from "@/lib/db";

function ConfirmButton({ evidenceId, version }: { evidenceId: number; version: number }) {
  const t = useTranslations("admin.evidenceDetails");
  const { state, onSubmit, pending } = useFormSubmit(confirmEvidenceAction);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("confirm")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/** Every evidence item, internal ones included, for editors and admins; reviewers may confirm a figure against a document. */
export function EvidenceDetails({ items, level, version, canConfirm }: { items: StaffEvidence[]; level: EvidenceLevel; version: number; canConfirm: boolean }) {
  const t = useTranslations("admin.evidenceDetails");
  const labels = useTranslations("labels");
  return (
    <>
      <p>
        {t.rich("level", { level: labels(`evidenceLevel.${level}`), strong: (c) => <strong data-testid="staff-evidence-level">{c}</strong> })}
      </p>
      <ul>
        {items.map((e) => (
          <li key={e.id} data-testid="staff-evidence-item">
            {e.visibility === "INTERNAL" ? <strong>{t("internal")}</strong> : null}
            {e.source ? labels(`evidenceSource.${e.source}`) : t("notClassified")}
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
                {t.rich("document", {
                  link: (c) => (
                    <a href={`/api/documents/${e.document!.id}`} download>
                      {c}
                    </a>
                  ),
                  name: e.document.fileName,
                  type: e.document.mediaType,
                  code: (c) => <code>{c}</code>,
                  sha256: e.document.sha256,
                })}
              </>
            ) : null}
            {e.reviewedBy ? <span className="muted">{t("reviewed", { by: e.reviewedBy, date: e.reviewedAt?.slice(0, 10) ?? "" })}</span> : null}
            {e.confirmedBy ? (
              <span className="muted">{t("confirmed", { by: e.confirmedBy, date: e.confirmedAt?.slice(0, 10) ?? "" })}</span>
            ) : e.document && canConfirm ? (
              <ConfirmButton evidenceId={e.id} version={version} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
