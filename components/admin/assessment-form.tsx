"use client";

import { correctAssessmentAction, recordAssessmentAction } from "@/app/admin/pledges/actions";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import type { PublicAssessment } from "@/lib/assessments/queries";
import { VERDICT_LABEL } from "@/lib/pace/record";

/**
 * Records a pledge's final assessment, or (given the one in force) corrects it: the correction is a new version with
 * a reason, and the previous version stays public.
 */
export function AssessmentForm({ pledgeId, current, today }: { pledgeId: number; current: PublicAssessment | null; today: string }) {
  const { state, onSubmit, pending } = useFormSubmit(current ? correctAssessmentAction : recordAssessmentAction);
  const e = state.errors ?? {};
  const id = (name: string) => `assessment-${name}`;
  const field = (name: string) => ({ id: id(name), name, ...describedBy(`${id(name)}-error`, e[name]) });
  return (
    <form onSubmit={onSubmit} className="form" aria-label={current ? "Correct the final assessment" : "Record the final assessment"}>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      {current ? <input type="hidden" name="expectedVersion" value={current.version} /> : null}
      <label htmlFor={id("verdict")}>Verdict</label>
      <select {...field("verdict")} defaultValue={current?.verdict ?? ""}>
        <option value="">Choose…</option>
        {Object.entries(VERDICT_LABEL).map(([value, { label }]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError id={`${id("verdict")}-error`} errors={e.verdict} />
      <label htmlFor={id("finalValue")}>Final value (optional)</label>
      <input type="number" step="any" min="0" {...field("finalValue")} defaultValue={current?.finalValue ?? ""} />
      <FieldError id={`${id("finalValue")}-error`} errors={e.finalValue} />
      <label htmlFor={id("methodNote")}>Method note (public)</label>
      <textarea rows={4} {...field("methodNote")} defaultValue={current?.methodNote ?? ""} />
      <FieldError id={`${id("methodNote")}-error`} errors={e.methodNote} />
      <label htmlFor={id("sources")}>Sources: one link or citation per line (public)</label>
      <textarea rows={3} {...field("sources")} defaultValue={current?.sources.join("\n") ?? ""} />
      <FieldError id={`${id("sources")}-error`} errors={e.sources} />
      <label htmlFor={id("assessedOn")}>Date of the assessment</label>
      <input type="date" {...field("assessedOn")} defaultValue={current?.assessedOn ?? today} />
      <FieldError id={`${id("assessedOn")}-error`} errors={e.assessedOn} />
      {current ? (
        <>
          <label htmlFor={id("reason")}>Reason for the correction (public)</label>
          <textarea rows={2} {...field("reason")} />
          <FieldError id={`${id("reason")}-error`} errors={e.reason} />
        </>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {current ? "Publish the correction" : "Record the final assessment"}
      </button>
    </form>
  );
}
