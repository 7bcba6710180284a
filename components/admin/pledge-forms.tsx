"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("admin.pledgeForms");
  const statuses = useTranslations("labels.pledgeStatus");
  const { state, onSubmit, pending } = useFormSubmit(changeStatusAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("changeStatus")}>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="fromStatus" value={status} />
      <label htmlFor="toStatus">{t("newStatus")}</label>
      <select id="toStatus" name="toStatus" defaultValue="" {...describedBy("toStatus-error", e.toStatus)}>
        <option value="">{t("choose")}</option>
        {Object.keys(PLEDGE_STATUS_LABEL)
          .filter((value) => value !== status)
          .map((value) => (
          <option key={value} value={value}>
            {statuses(value)}
          </option>
        ))}
      </select>
      <FieldError id="toStatus-error" errors={e.toStatus} />
      <label htmlFor="status-reason">{t("reason")}</label>
      <textarea id="status-reason" name="reason" rows={2} {...describedBy("status-reason-error", e.reason)} />
      <FieldError id="status-reason-error" errors={e.reason} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("changeStatus")}
      </button>
    </form>
  );
}

// [name, input type]; each label is admin.pledgeForms.details.<name>.
const DETAIL_FIELDS = [
  ["title", "text"],
  ["summary", "textarea"],
  ["unit", "text"],
  ["target", "number"],
  ["targetNote", "text"],
  ["periodNote", "text"],
  ["periodStart", "date"],
  ["periodEnd", "date"],
  ["fieldLabel", "text"],
] as const;

export function PledgeDetailsForm({ pledge }: { pledge: PledgeAdmin }) {
  const t = useTranslations("admin.pledgeForms");
  const { state, onSubmit, pending } = useFormSubmit(updatePledgeAction);
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("detailsLabel")}>
      <input type="hidden" name="id" value={pledge.id} />
      <input type="hidden" name="updatedAt" value={pledge.updatedAt} />
      {DETAIL_FIELDS.map(([name, type]) => {
        const id = `pledge-${name}`;
        const common = { id, name, defaultValue: String(pledge[name]), ...describedBy(`${id}-error`, e[name]) };
        return (
          <div key={name} className="form">
            <label htmlFor={id}>{t(`details.${name}`)}</label>
            {type === "textarea" ? <textarea rows={3} {...common} /> : <input type={type} step={type === "number" ? "any" : undefined} {...common} />}
            <FieldError id={`${id}-error`} errors={e[name]} />
          </div>
        );
      })}
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("savePledge")}
      </button>
    </form>
  );
}

export function AddFieldForm({ pledgeId, label }: { pledgeId: number; label: string }) {
  const t = useTranslations("admin.pledgeForms");
  const { state, onSubmit, pending } = useFormSubmit(addFieldAction, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <label htmlFor="new-field">{t("newField", { label })}</label>
      <input id="new-field" name="name" {...describedBy("new-field-error", state.errors?.name)} />
      <button type="submit" disabled={pending}>
        {t("add")}
      </button>
      <FieldError id="new-field-error" errors={state.errors?.name} />
      <FormMessage state={state} />
    </form>
  );
}

export function RenameFieldForm({ field }: { field: { id: number; name: string } }) {
  const t = useTranslations("admin.pledgeForms");
  const { state, onSubmit, pending } = useFormSubmit(renameFieldAction);
  const id = `field-${field.id}`;
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="fieldId" value={field.id} />
      <label htmlFor={id} className="visually-hidden">
        {t("nameOf", { name: field.name })}
      </label>
      <input id={id} name="name" defaultValue={field.name} {...describedBy(`${id}-error`, state.errors?.name)} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("rename")}
      </button>
      <FieldError id={`${id}-error`} errors={state.errors?.name} />
      <FormMessage state={state} />
    </form>
  );
}

export function AnnualPlanForm({ pledge }: { pledge: PledgeAdmin }) {
  const t = useTranslations("admin.pledgeForms");
  const { state, onSubmit, pending } = useFormSubmit(saveAnnualPlanAction);
  const years = Array.from({ length: Math.max(pledge.periodYears, ...pledge.plan.map((p) => p.year)) }, (_, i) => i + 1);
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("plan")}>
      <input type="hidden" name="pledgeId" value={pledge.id} />
      <input type="hidden" name="basePlan" value={pledge.basePlan} />
      <p className="hint">{t("planHint", { start: pledge.periodStart })}</p>
      <div className="plan-grid">
        {years.map((year) => (
          <label key={year} className="check">
            {t("year", { year })}
            <input type="hidden" name="year" value={year} />
            <input name="target" type="number" min={0} step="any" defaultValue={pledge.plan.find((p) => p.year === year)?.target ?? ""} aria-label={t("yearTarget", { year })} />
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
        {t("savePlan")}
      </button>
    </form>
  );
}

export function MilestoneForm({ milestone }: { milestone: PledgeAdmin["milestones"][number] }) {
  const t = useTranslations("admin.pledgeForms");
  const { state, onSubmit, pending } = useFormSubmit(completeMilestoneAction);
  const e = state.errors ?? {};
  const id = `milestone-${milestone.id}`;
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("completeLabel", { title: milestone.title })}>
      <input type="hidden" name="milestoneId" value={milestone.id} />
      <input type="hidden" name="updatedAt" value={milestone.updatedAt} />
      <label htmlFor={`${id}-date`}>{t("completedOn")}</label>
      <input id={`${id}-date`} name="completedAt" type="date" {...describedBy(`${id}-date-error`, e.completedAt)} />
      <FieldError id={`${id}-date-error`} errors={e.completedAt} />
      <label htmlFor={`${id}-url`}>{t("evidenceLink")}</label>
      <input id={`${id}-url`} name="evidenceUrl" type="url" {...describedBy(`${id}-url-error`, e.evidenceUrl)} />
      <FieldError id={`${id}-url-error`} errors={e.evidenceUrl} />
      <label htmlFor={`${id}-note`}>{t("citation")}</label>
      <input id={`${id}-note`} name="evidenceNote" {...describedBy(`${id}-note-error`, e.evidenceNote)} />
      <FieldError id={`${id}-note-error`} errors={e.evidenceNote} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("markComplete")}
      </button>
    </form>
  );
}
