"use client";

import { useTranslations } from "next-intl";
import { correctAssessmentAction, recordAssessmentAction } from "@/app/admin/pledges/actions";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import type { PublicAssessment } from "@/lib/assessments/queries";
import { VERDICT_LABEL } from "@/lib/pace/record";

/**
 * Records a pledge's final assessment, or (given the one in force) corrects it: the correction is a new version with
 * a reason, and the previous version stays public.
 */
const FIELDS = ["verdict", "finalValue", "methodNote", "sources", "assessedOn", "reason"];

export function AssessmentForm({ pledgeId, current, today }: { pledgeId: number; current: PublicAssessment | null; today: string }) {
  const t = useTranslations("admin.assessment");
  const verdicts = useTranslations("labels.verdict");
  const { state, onSubmit, pending } = useFormSubmit(current ? correctAssessmentAction : recordAssessmentAction);
  const e = state.errors ?? {};
  const id = (name: string) => `assessment-${name}`;
  const field = (name: string) => ({ id: id(name), name, ...describedBy(`${id(name)}-error`, e[name]) });
  const [verdict, finalValue, methodNote, sources, assessedOn, reason] = FIELDS.map(field);
  return (
    <form onSubmit={onSubmit} className="form" aria-label={current ? t("correctLabel") : t("record")}>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      {current ? <input type="hidden" name="expectedVersion" value={current.version} /> : null}
      <label htmlFor={verdict.id}>{t("verdict")}</label>
      <select {...verdict} defaultValue={current?.verdict ?? ""}>
        <option value="">{t("choose")}</option>
        {Object.keys(VERDICT_LABEL).map((value) => (
          <option key={value} value={value}>
            {verdicts(value)}
          </option>
        ))}
      </select>
      <FieldError id={`${verdict.id}-error`} errors={e.verdict} />
      <label htmlFor={finalValue.id}>{t("finalValue")}</label>
      <input type="number" step="any" min="0" {...finalValue} defaultValue={current?.finalValue ?? ""} />
      <FieldError id={`${finalValue.id}-error`} errors={e.finalValue} />
      <label htmlFor={methodNote.id}>{t("methodNote")}</label>
      <textarea rows={4} {...methodNote} defaultValue={current?.methodNote ?? ""} />
      <FieldError id={`${methodNote.id}-error`} errors={e.methodNote} />
      <label htmlFor={sources.id}>{t("sources")}</label>
      <textarea rows={3} {...sources} defaultValue={current?.sources.join("\n") ?? ""} />
      <FieldError id={`${sources.id}-error`} errors={e.sources} />
      <label htmlFor={assessedOn.id}>{t("assessedOn")}</label>
      <input type="date" {...assessedOn} defaultValue={current?.assessedOn ?? today} />
      <FieldError id={`${assessedOn.id}-error`} errors={e.assessedOn} />
      {current ? (
        <>
          <label htmlFor={reason.id}>{t("reason")}</label>
          <textarea rows={2} {...reason} />
          <FieldError id={`${reason.id}-error`} errors={e.reason} />
        </>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {current ? t("publishCorrection") : t("record")}
      </button>
    </form>
  );
}
