"use client";

import { useState } from "react";
import { FieldError } from "@/components/forms/field-error";

type Row = { key: number; kind: "LINK" | "CITATION"; value: string };

/** One or more pieces of evidence: a link or a citation each. Errors come keyed as evidence, evidence.N.value. */
export function EvidenceList({ defaultRows, errors }: { defaultRows: { kind: string; value: string }[]; errors: Record<string, string[]> }) {
  const [rows, setRows] = useState<Row[]>(() =>
    (defaultRows.length ? defaultRows : [{ kind: "LINK", value: "" }]).map((r, i) => ({ key: i, kind: r.kind === "CITATION" ? "CITATION" : "LINK", value: r.value })),
  );
  const listError = errors.evidence;
  return (
    <fieldset aria-describedby={listError ? "evidence-error" : undefined}>
      <legend>Evidence</legend>
      <p className="hint">A link to a public source, or a citation (report, page, date).</p>
      {rows.map((row, i) => {
        const err = errors[`evidence.${i}.value`];
        const id = `evidence-${row.key}`;
        return (
          <div key={row.key} className="evidence-row">
            <select name="evidenceKind" aria-label={`Evidence ${i + 1} kind`} defaultValue={row.kind}>
              <option value="LINK">Link</option>
              <option value="CITATION">Citation</option>
            </select>
            <input
              name="evidenceValue"
              aria-label={`Evidence ${i + 1}`}
              defaultValue={row.value}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${id}-error` : undefined}
            />
            {rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => setRows(rows.filter((r) => r.key !== row.key))} aria-label={`Remove evidence ${i + 1}`}>
                Remove
              </button>
            )}
            <FieldError id={`${id}-error`} errors={err} />
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => setRows([...rows, { key: Math.max(...rows.map((r) => r.key)) + 1, kind: "LINK", value: "" }])}>
        Add evidence
      </button>
      <FieldError id="evidence-error" errors={listError} />
    </fieldset>
  );
}
