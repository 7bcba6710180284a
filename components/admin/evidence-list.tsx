"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { SOURCE_LABELS } from "@/lib/evidence/level";
import type { StaffEvidence } from "@/lib/evidence/staff";

type Doc = NonNullable<StaffEvidence["document"]>;
export type EvidenceFormRow = Pick<StaffEvidence, "source" | "publisher" | "date" | "url" | "reference" | "visibility" | "document">;
type Row = EvidenceFormRow & { key: number; uploading?: boolean; uploadError?: string };

const ROW_FIELDS = ["source", "publisher", "date", "url", "reference"];
const DOCUMENT_FIELD = "documentId";
const BLANK: EvidenceFormRow = { source: "", publisher: "", date: "", url: "", reference: "", visibility: "PUBLIC", document: null };

/** Sends one file to the upload route; answers the stored document or the route's message (the API's, in English). */
async function uploadDocument(file: File, messages: { failed: string; interrupted: string }): Promise<{ document?: Doc; error?: string }> {
  const body = new FormData();
  body.append("file", file);
  try {
    const response = await fetch("/api/documents", { method: "POST", body });
    const json = await response.json();
    return response.ok ? { document: json as Doc } : { error: json?.error?.message ?? messages.failed };
  } catch {
    return { error: messages.interrupted };
  }
}

/**
 * Evidence items: source kind, publisher, date, a link and/or an uploaded document, a passage or page reference, and
 * public or internal. A chosen file is uploaded at once (/api/documents); the form then carries only its id.
 * Errors come keyed as evidence, evidence.N.field.
 */
export function EvidenceList({ defaultRows, errors }: { defaultRows: EvidenceFormRow[]; errors: Record<string, string[]> }) {
  const [rows, setRows] = useState<Row[]>(() => (defaultRows.length ? defaultRows : [BLANK]).map((r, i) => ({ ...r, key: i })));
  const patch = (key: number, change: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const t = useTranslations("admin.evidence");
  const sources = useTranslations("labels.evidenceSource");
  const listError = errors.evidence;
  return (
    <fieldset aria-describedby={listError ? "evidence-error" : undefined}>
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      {rows.map((row, i) => {
        const id = `evidence-${row.key}`;
        const err = (field: string) => errors[`evidence.${i}.${field}`];
        const described = (field: string) => (err(field) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}-error` } : {});
        const [source, publisher, date, url, reference] = ROW_FIELDS.map(described);
        const documentError = err(DOCUMENT_FIELD);
        return (
          <div key={row.key} className="evidence-row" data-testid="evidence-row">
            <label htmlFor={`${id}-source`}>{t("source", { n: i + 1 })}</label>
            <select id={`${id}-source`} name="evidenceSource" defaultValue={row.source} {...source}>
              <option value="">{t("choose")}</option>
              {Object.keys(SOURCE_LABELS).map((value) => (
                <option key={value} value={value}>
                  {sources(value)}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-source-error`} errors={err("source")} />
            <label htmlFor={`${id}-publisher`}>{t("publisher")}</label>
            <input id={`${id}-publisher`} name="evidencePublisher" defaultValue={row.publisher} maxLength={200} {...publisher} />
            <FieldError id={`${id}-publisher-error`} errors={err("publisher")} />
            <label htmlFor={`${id}-date`}>{t("date")}</label>
            <input id={`${id}-date`} name="evidenceDate" type="date" defaultValue={row.date} {...date} />
            <FieldError id={`${id}-date-error`} errors={err("date")} />
            <label htmlFor={`${id}-url`}>{t("link")}</label>
            <input id={`${id}-url`} name="evidenceUrl" type="url" defaultValue={row.url} {...url} />
            <FieldError id={`${id}-url-error`} errors={err("url")} />
            <label htmlFor={`${id}-file`}>{t("document")}</label>
            <input type="hidden" name="evidenceDocumentId" value={row.document?.id ?? ""} />
            {row.document ? (
              <p data-testid="evidence-document">
                {t.rich("documentLine", { name: row.document.fileName, type: row.document.mediaType, code: (c) => <code>{c}</code>, sha256: row.document.sha256 })}{" "}
                <button type="button" className="secondary" onClick={() => patch(row.key, { document: null })}>
                  {t("removeDocument")}
                </button>
              </p>
            ) : (
              <input
                id={`${id}-file`}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain"
                {...(row.uploadError || documentError ? { "aria-invalid": true as const, "aria-describedby": `${id}-documentId-error` } : {})}
                onChange={async (ev) => {
                  const file = ev.target.files?.[0];
                  if (!file) return;
                  patch(row.key, { uploading: true, uploadError: undefined });
                  const result = await uploadDocument(file, { failed: t("uploadFailed"), interrupted: t("uploadInterrupted") });
                  patch(row.key, { uploading: false, uploadError: result.error, document: result.document ?? null });
                }}
              />
            )}
            {row.uploading && <span className="muted">{t("uploading")}</span>}
            <FieldError id={`${id}-documentId-error`} errors={row.uploadError ? [row.uploadError] : documentError} />
            <label htmlFor={`${id}-reference`}>{t("reference")}</label>
            <input id={`${id}-reference`} name="evidenceReference" defaultValue={row.reference} maxLength={500} {...reference} />
            <FieldError id={`${id}-reference-error`} errors={err("reference")} />
            <label htmlFor={`${id}-visibility`}>{t("visibility")}</label>
            <select id={`${id}-visibility`} name="evidenceVisibility" defaultValue={row.visibility}>
              <option value="PUBLIC">{t("public")}</option>
              <option value="INTERNAL">{t("internal")}</option>
            </select>
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={t("removeLabel", { n: i + 1 })}>
                {t("remove")}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => setRows([...rows, { ...BLANK, key: Math.max(...rows.map((r) => r.key)) + 1 }])}>
        {t("add")}
      </button>
      <FieldError id="evidence-error" errors={listError} />
    </fieldset>
  );
}
