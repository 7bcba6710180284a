"use server";

import { revalidatePath } from "next/cache";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { correctFinalAssessment, recordFinalAssessment } from "@/lib/assessments/actions";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { addField, changePledgeStatus, renameField, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";

// Each action resolves the session and hands the user to the data layer, which re-checks it and the permission.
async function run(action: (user: SessionUser | null) => Promise<unknown>, done: Done): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    await action(await getCurrentUser());
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin/pledges", "layout");
  const t = await getTranslations({ locale, namespace: "admin.done" });
  return { ok: true, message: t(done) };
}

type Done = "statusChanged" | "pledgeSaved" | "added" | "renamed" | "planSaved" | "milestoneCompleted" | "deliverySaved" | "assessmentRecorded" | "assessmentCorrected";

const fields = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, form.get(k) ?? undefined]));

export async function changeStatusAction(_prev: FormState, form: FormData) {
  return run((u) => changePledgeStatus(u, fields(form, ["pledgeId", "fromStatus", "toStatus", "reason"])), "statusChanged");
}

export async function updatePledgeAction(_prev: FormState, form: FormData) {
  const keys = ["id", "updatedAt", "title", "summary", "unit", "target", "targetNote", "periodNote", "periodStart", "periodEnd", "fieldLabel"];
  return run((u) => updatePledge(u, fields(form, keys)), "pledgeSaved");
}

export async function addFieldAction(_prev: FormState, form: FormData) {
  return run((u) => addField(u, fields(form, ["pledgeId", "name"])), "added");
}

export async function renameFieldAction(_prev: FormState, form: FormData) {
  return run((u) => renameField(u, fields(form, ["fieldId", "name"])), "renamed");
}

export async function saveAnnualPlanAction(_prev: FormState, form: FormData) {
  const years = form.getAll("year").map(String);
  const targets = form.getAll("target").map(String);
  const plan = years.map((year, i) => ({ year, target: targets[i] })).filter((t) => t.target !== "" && t.target !== undefined);
  return run((u) => saveAnnualPlan(u, { pledgeId: form.get("pledgeId"), basePlan: form.get("basePlan"), targets: plan }), "planSaved");
}

export async function completeMilestoneAction(_prev: FormState, form: FormData) {
  return run((u) => completeMilestone(u, fields(form, ["milestoneId", "updatedAt", "completedAt", "evidenceUrl", "evidenceNote"])), "milestoneCompleted");
}

export async function setDeliveryAction(_prev: FormState, form: FormData) {
  return run((u) => setCountryDelivery(u, fields(form, ["pledgeId", "fieldId", "countryId", "status", "expectedStatus", "note"])), "deliverySaved");
}

const ASSESSMENT_KEYS = ["pledgeId", "verdict", "finalValue", "methodNote", "sources", "assessedOn"];

export async function recordAssessmentAction(_prev: FormState, form: FormData) {
  return run((u) => recordFinalAssessment(u, fields(form, ASSESSMENT_KEYS)), "assessmentRecorded");
}

export async function correctAssessmentAction(_prev: FormState, form: FormData) {
  return run((u) => correctFinalAssessment(u, fields(form, [...ASSESSMENT_KEYS, "expectedVersion", "reason"])), "assessmentCorrected");
}
