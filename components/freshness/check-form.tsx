"use client";

import { useTranslations } from "next-intl";
import { recordCheckAction, setRhythmAction } from "@/app/admin/checks/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { REPORTING_RHYTHMS } from "@/lib/freshness/overdue";

type CheckFormProps = { pledge: { id: number; title: string; fieldLabel: string; years: number; fields: { id: number; name: string }[] } };

const CHECK_IDS = ["note", "note-error", "year", "year-error", "field", "field-error"];

/** "Checked, nothing new": for the whole pledge, or for one period year (and field) to confirm nothing happened there. */
export function CheckForm({ pledge }: CheckFormProps) {
  const t = useTranslations("admin.checks");
  const { state, onSubmit, pending } = useFormSubmit(recordCheckAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  const id = (name: string) => `check-${pledge.id}-${name}`;
  const [noteId, noteErrorId, yearId, yearErrorId, fieldId, fieldErrorId] = CHECK_IDS.map(id);
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("formLabel", { title: pledge.title })}>
      <input type="hidden" name="pledgeId" value={pledge.id} />
      <label htmlFor={noteId}>{t("note")}</label>
      <textarea id={noteId} name="note" rows={2} {...describedBy(noteErrorId, e.note)} />
      <FieldError id={noteErrorId} errors={e.note} />
      <label htmlFor={yearId}>{t("year")}</label>
      <select id={yearId} name="year" defaultValue="" {...describedBy(yearErrorId, e.year)}>
        <option value="">{t("wholePledge")}</option>
        {Array.from({ length: pledge.years }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {t("yearN", { year: i + 1 })}
          </option>
        ))}
      </select>
      <FieldError id={yearErrorId} errors={e.year} />
      {pledge.fields.length ? (
        <>
          <label htmlFor={fieldId}>{t("onlyField", { label: pledge.fieldLabel })}</label>
          <select id={fieldId} name="fieldId" defaultValue="" {...describedBy(fieldErrorId, e.fieldId)}>
            <option value="">{t("everyField", { label: pledge.fieldLabel })}</option>
            {pledge.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          <FieldError id={fieldErrorId} errors={e.fieldId} />
        </>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}

/** Admins: how often this pledge should be reported on or checked. */
export function RhythmForm({ pledgeId, months }: { pledgeId: number; months: number }) {
  const t = useTranslations("admin.checks");
  const { state, onSubmit, pending } = useFormSubmit(setRhythmAction);
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("rhythm")}>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="expected" value={months} />
      <label htmlFor="rhythm-months">{t("rhythmLabel")}</label>
      <select id="rhythm-months" name="months" defaultValue={months} {...describedBy("rhythm-months-error", e.months)}>
        {REPORTING_RHYTHMS.map((r) => (
          <option key={r.months} value={r.months}>
            {t(`rhythms.${r.months}`)}
          </option>
        ))}
      </select>
      <FieldError id="rhythm-months-error" errors={e.months} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("saveRhythm")}
      </button>
    </form>
  );
}
