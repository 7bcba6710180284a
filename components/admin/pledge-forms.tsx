"use client";

import {
  addFieldAction,
  changeStatusAction,
  completeMilestoneAction,
  renameFieldAction,
  saveAnnualPlanAction,
  updatePledgeAction,
} from "@/app/admin/pledges/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeAdmin } from "@/lib/pledges/admin-queries";

export function StatusForm({ pledgeId, status }: { pledgeId: number; status: string }) {
  const { state, onSubmit, pending } = useFormSubmit(changeStatusAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label="Change status">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="fromStatus" value={status} />
      <label htmlFor="toStatus">New status</label>
      <select id="toStatus" name="toStatus" defaultValue="" {...describedBy("toStatus-error", e.toStatus)}>
        <option value="">Choose…</option>
        {Object.entries(PLEDGE_STATUS_LABEL)
          .filter(([value]) => value !== status)
          .map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
      </select>
      <FieldError id="toStatus-error" errors={e.toStatus} />
      <label htmlFor="status-reason">Reason (kept in the history)</label>
      <textarea id="status-reason" name="reason" rows={2} {...describedBy("status-reason-error", e.reason)} />
      <FieldError id="status-reason-error" errors={e.reason} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Change status
      </button>
    </form>
  );
}

const DETAIL_FIELDS = [
  ["title", "Title", "text"],
  ["summary", "Summary", "textarea"],
  ["unit", "Unit counted", "text"],
  ["target", "Target", "number"],
  ["targetNote", "Note on the target", "text"],
  ["periodStart", "Period start", "date"],
  ["periodEnd", "Period end", "date"],
  ["fieldLabel", "Name of the breakdown (field, workstream, course…)", "text"],
] as const;

export function PledgeDetailsForm({ pledge }: { pledge: PledgeAdmin }) {
  const { state, onSubmit, pending } = useFormSubmit(updatePledgeAction);
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label="Pledge details">
      <input type="hidden" name="id" value={pledge.id} />
      <input type="hidden" name="updatedAt" value={pledge.updatedAt} />
      {DETAIL_FIELDS.map(([name, label, type]) => {
        const id = `pledge-${name}`;
        const common = { id, name, defaultValue: String(pledge[name]), ...describedBy(`${id}-error`, e[name]) };
        return (
          <div key={name} className="form">
            <label htmlFor={id}>{label}</label>
            {type === "textarea" ? <textarea rows={3} {...common} /> : <input type={type} step={type === "number" ? "any" : undefined} {...common} />}
            <FieldError id={`${id}-error`} errors={e[name]} />
          </div>
        );
      })}
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Save pledge
      </button>
    </form>
  );
}

export function AddFieldForm({ pledgeId, label }: { pledgeId: number; label: string }) {
  const { state, onSubmit, pending } = useFormSubmit(addFieldAction, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <label htmlFor="new-field">New {label}</label>
      <input id="new-field" name="name" {...describedBy("new-field-error", state.errors?.name)} />
      <button type="submit" disabled={pending}>
        Add
      </button>
      <FieldError id="new-field-error" errors={state.errors?.name} />
      <FormMessage state={state} />
    </form>
  );
}

export function RenameFieldForm({ field }: { field: { id: number; name: string } }) {
  const { state, onSubmit, pending } = useFormSubmit(renameFieldAction);
  const id = `field-${field.id}`;
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="fieldId" value={field.id} />
      <label htmlFor={id} className="visually-hidden">
        Name of {field.name}
      </label>
      <input id={id} name="name" defaultValue={field.name} {...describedBy(`${id}-error`, state.errors?.name)} />
      <button type="submit" className="secondary" disabled={pending}>
        Rename
      </button>
      <FieldError id={`${id}-error`} errors={state.errors?.name} />
      <FormMessage state={state} />
    </form>
  );
}

export function AnnualPlanForm({ pledge }: { pledge: PledgeAdmin }) {
  const { state, onSubmit, pending } = useFormSubmit(saveAnnualPlanAction);
  const years = Array.from({ length: Math.max(pledge.periodYears, ...pledge.plan.map((p) => p.year)) }, (_, i) => i + 1);
  return (
    <form onSubmit={onSubmit} className="form" aria-label="Annual plan">
      <input type="hidden" name="pledgeId" value={pledge.id} />
      <input type="hidden" name="basePlan" value={pledge.basePlan} />
      <p className="hint">Year 1 is the first twelve months from {pledge.periodStart}. Leave a year empty for no target.</p>
      <div className="plan-grid">
        {years.map((year) => (
          <label key={year} className="check">
            Year {year}
            <input type="hidden" name="year" value={year} />
            <input name="target" type="number" min={0} step="any" defaultValue={pledge.plan.find((p) => p.year === year)?.target ?? ""} aria-label={`Target for year ${year}`} />
          </label>
        ))}
      </div>
      {Object.entries(state.errors ?? {}).map(([k, v]) => (
        <p key={k} className="error">
          {v.join(" ")}
        </p>
      ))}
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Save annual plan
      </button>
    </form>
  );
}

export function MilestoneForm({ milestone }: { milestone: PledgeAdmin["milestones"][number] }) {
  const { state, onSubmit, pending } = useFormSubmit(completeMilestoneAction);
  const e = state.errors ?? {};
  const id = `milestone-${milestone.id}`;
  return (
    <form onSubmit={onSubmit} className="form" aria-label={`Complete ${milestone.title}`}>
      <input type="hidden" name="milestoneId" value={milestone.id} />
      <input type="hidden" name="updatedAt" value={milestone.updatedAt} />
      <label htmlFor={`${id}-date`}>Completed on</label>
      <input id={`${id}-date`} name="completedAt" type="date" {...describedBy(`${id}-date-error`, e.completedAt)} />
      <FieldError id={`${id}-date-error`} errors={e.completedAt} />
      <label htmlFor={`${id}-url`}>Evidence link</label>
      <input id={`${id}-url`} name="evidenceUrl" type="url" {...describedBy(`${id}-url-error`, e.evidenceUrl)} />
      <FieldError id={`${id}-url-error`} errors={e.evidenceUrl} />
      <label htmlFor={`${id}-note`}>Or a citation</label>
      <input id={`${id}-note`} name="evidenceNote" {...describedBy(`${id}-note-error`, e.evidenceNote)} />
      <FieldError id={`${id}-note-error`} errors={e.evidenceNote} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        Mark complete
      </button>
    </form>
  );
}
