"use client";

import { recordCheckAction, setRhythmAction } from "@/app/admin/checks/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { REPORTING_RHYTHMS } from "@/lib/freshness/overdue";

type CheckFormProps = { pledge: { id: number; title: string; fieldLabel: string; years: number; fields: { id: number; name: string }[] } };

/** "Checked, nothing new": for the whole pledge, or for one period year (and field) to confirm nothing happened there. */
export function CheckForm({ pledge }: CheckFormProps) {
  const { state, onSubmit, pending } = useFormSubmit(recordCheckAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  const id = (name: string) => `check-${pledge.id}-${name}`;
  return (
    <form onSubmit={onSubmit} className="form" aria-label={`Record a check of ${pledge.title}`}>
      <input type="hidden" name="pledgeId" value={pledge.id} />
      <label htmlFor={id("note")}>What did you check? (public)</label>
      <textarea id={id("note")} name="note" rows={2} {...describedBy(id("note-error"), e.note)} />
      <FieldError id={id("note-error")} errors={e.note} />
      <label htmlFor={id("year")}>Period year (leave empty for the whole pledge)</label>
      <select id={id("year")} name="year" defaultValue="" {...describedBy(id("year-error"), e.year)}>
        <option value="">The whole pledge</option>
        {Array.from({ length: pledge.years }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            Year {i + 1}
          </option>
        ))}
      </select>
      <FieldError id={id("year-error")} errors={e.year} />
      {pledge.fields.length ? (
        <>
          <label htmlFor={id("field")}>{`Only this ${pledge.fieldLabel} (optional, with a year)`}</label>
          <select id={id("field")} name="fieldId" defaultValue="" {...describedBy(id("field-error"), e.fieldId)}>
            <option value="">{`Every ${pledge.fieldLabel}`}</option>
            {pledge.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          <FieldError id={id("field-error")} errors={e.fieldId} />
        </>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Record &ldquo;checked, nothing new&rdquo;
      </button>
    </form>
  );
}

/** Admins: how often this pledge should be reported on or checked. */
export function RhythmForm({ pledgeId, months }: { pledgeId: number; months: number }) {
  const { state, onSubmit, pending } = useFormSubmit(setRhythmAction);
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label="Reporting rhythm">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="expected" value={months} />
      <label htmlFor="rhythm-months">Reporting rhythm (past it without an update or a check, the pledge shows as overdue)</label>
      <select id="rhythm-months" name="months" defaultValue={months} {...describedBy("rhythm-months-error", e.months)}>
        {REPORTING_RHYTHMS.map((r) => (
          <option key={r.months} value={r.months}>
            {r.label}
          </option>
        ))}
      </select>
      <FieldError id="rhythm-months-error" errors={e.months} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Save rhythm
      </button>
    </form>
  );
}
