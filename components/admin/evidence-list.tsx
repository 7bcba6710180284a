"use client";

import { useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { SOURCE_LABELS } from "@/lib/evidence/level";
import type { StaffEvidence } from "@/lib/evidence/staff";

type Doc = NonNullable<StaffEvidence["document"]>;
export type EvidenceFormRow = Pick<StaffEvidence, "source" | "publisher" | "date" | "url" | "reference" | "visibility" | "document">;
type Row = EvidenceFormRow & { key: number; uploading?: boolean; uploadError?: string };

const BLANK: EvidenceFormRow = { source: "", publisher: "", date: "", url: "", reference: "", visibility: "PUBLIC", document: null };

/** Sends one file to the upload route; answers the stored document or the route's message. */
async function uploadDocument(file: File): Promise<{ document?: Doc; error?: string }> {
  const body = new FormData();
  body.append("file", file);
  try {
    const response = await fetch("/api/documents", { method: "POST", body });
    const json = await response.json();
    return response.ok ? { document: json as Doc } : { error: json?.error?.message ?? "The upload failed." };
  } catch {
    return { error: "The upload was interrupted. Nothing was saved; try again." };
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
  const listError = errors.evidence;
  return (
    <fieldset aria-describedby={listError ? "evidence-error" : undefined}>
      <legend>Evidence</legend>
      <p className="hint">
        For each source: who it is, the publisher or author, its date, and a link or the document (PDF, PNG, JPEG, CSV or plain text, up to 20 MB). Internal items
        are seen by editors and admins only; the public sees that they exist, who reviewed them and the document&apos;s sha256.
      </p>
      {rows.map((row, i) => {
        const id = `evidence-${row.key}`;
        const err = (field: string) => errors[`evidence.${i}.${field}`];
        const described = (field: string) => (err(field) ? { "aria-invalid": true as const, "aria-describedby": `${id}-${field}-error` } : {});
        return (
          <div key={row.key} className="evidence-row" data-testid="evidence-row">
            <label htmlFor={`${id}-source`}>Evidence {i + 1}: kind of source</label>
            <select id={`${id}-source`} name="evidenceSource" defaultValue={row.source} {...described("source")}>
              <option value="">Choose…</option>
              {Object.entries(SOURCE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-source-error`} errors={err("source")} />
            <label htmlFor={`${id}-publisher`}>Publisher or author</label>
            <input id={`${id}-publisher`} name="evidencePublisher" defaultValue={row.publisher} maxLength={200} {...described("publisher")} />
            <FieldError id={`${id}-publisher-error`} errors={err("publisher")} />
            <label htmlFor={`${id}-date`}>Date of the source</label>
            <input id={`${id}-date`} name="evidenceDate" type="date" defaultValue={row.date} {...described("date")} />
            <FieldError id={`${id}-date-error`} errors={err("date")} />
            <label htmlFor={`${id}-url`}>Link</label>
            <input id={`${id}-url`} name="evidenceUrl" type="url" defaultValue={row.url} {...described("url")} />
            <FieldError id={`${id}-url-error`} errors={err("url")} />
            <label htmlFor={`${id}-file`}>Document</label>
            <input type="hidden" name="evidenceDocumentId" value={row.document?.id ?? ""} />
            {row.document ? (
              <p data-testid="evidence-document">
                {row.document.fileName} ({row.document.mediaType}) · sha256 <code>{row.document.sha256}</code>{" "}
                <button type="button" className="secondary" onClick={() => patch(row.key, { document: null })}>
                  Remove document
                </button>
              </p>
            ) : (
              <input
                id={`${id}-file`}
                type="file"
                accept=".pdf,.png,.jpg,.jpeg,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain"
                {...(row.uploadError || err("documentId") ? { "aria-invalid": true as const, "aria-describedby": `${id}-documentId-error` } : {})}
                onChange={async (ev) => {
                  const file = ev.target.files?.[0];
                  if (!file) return;
                  patch(row.key, { uploading: true, uploadError: undefined });
                  const result = await uploadDocument(file);
                  patch(row.key, { uploading: false, uploadError: result.error, document: result.document ?? null });
                }}
              />
            )}
            {row.uploading && <span className="muted">Uploading…</span>}
            <FieldError id={`${id}-documentId-error`} errors={row.uploadError ? [row.uploadError] : err("documentId")} />
            <label htmlFor={`${id}-reference`}>Passage or page (optional)</label>
            <input id={`${id}-reference`} name="evidenceReference" defaultValue={row.reference} maxLength={500} {...described("reference")} />
            <FieldError id={`${id}-reference-error`} errors={err("reference")} />
            <label htmlFor={`${id}-visibility`}>Visibility</label>
            <select id={`${id}-visibility`} name="evidenceVisibility" defaultValue={row.visibility}>
              <option value="PUBLIC">Public</option>
              <option value="INTERNAL">Internal (editors and admins only)</option>
            </select>
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={`Remove evidence ${i + 1}`}>
                Remove
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => setRows([...rows, { ...BLANK, key: Math.max(...rows.map((r) => r.key)) + 1 }])}>
        Add evidence
      </button>
      <FieldError id="evidence-error" errors={listError} />
    </fieldset>
  );
}
