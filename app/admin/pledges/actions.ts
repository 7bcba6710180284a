"use server";

import { revalidatePath } from "next/cache";
import type { SessionUser } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { correctFinalAssessment, recordFinalAssessment } from "@/lib/assessments/actions";
import { toFormState, type FormState } from "@/lib/form-state";
import { addField, changePledgeStatus, renameField, saveAnnualPlan, updatePledge } from "@/lib/pledges/actions";
import { completeMilestone, setCountryDelivery } from "@/lib/pledges/progress-actions";

// Each action resolves the session and hands the user to the data layer, which re-checks it and the permission.
async function run(action: (user: SessionUser | null) => Promise<unknown>, message: string): Promise<FormState> {
  try {
    await action(await getCurrentUser());
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin/pledges", "layout");
  return { ok: true, message };
}

const fields = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, form.get(k) ?? undefined]));

export async function changeStatusAction(_prev: FormState, form: FormData) {
  return run((u) => changePledgeStatus(u, fields(form, ["pledgeId", "fromStatus", "toStatus", "reason"])), "Status changed.");
}

export async function updatePledgeAction(_prev: FormState, form: FormData) {
  const keys = ["id", "updatedAt", "title", "summary", "unit", "target", "targetNote", "periodStart", "periodEnd", "fieldLabel"];
  return run((u) => updatePledge(u, fields(form, keys)), "Pledge saved.");
}

export async function addFieldAction(_prev: FormState, form: FormData) {
  return run((u) => addField(u, fields(form, ["pledgeId", "name"])), "Added.");
}

export async function renameFieldAction(_prev: FormState, form: FormData) {
  return run((u) => renameField(u, fields(form, ["fieldId", "name"])), "Renamed.");
}

export async function saveAnnualPlanAction(_prev: FormState, form: FormData) {
  const years = form.getAll("year").map(String);
  const targets = form.getAll("target").map(String);
  const plan = years.map((year, i) => ({ year, target: targets[i] })).filter((t) => t.target !== "" && t.target !== undefined);
  return run((u) => saveAnnualPlan(u, { pledgeId: form.get("pledgeId"), basePlan: form.get("basePlan"), targets: plan }), "Annual plan saved.");
}

export async function completeMilestoneAction(_prev: FormState, form: FormData) {
  return run((u) => completeMilestone(u, fields(form, ["milestoneId", "updatedAt", "completedAt", "evidenceUrl", "evidenceNote"])), "Milestone marked complete.");
}

export async function setDeliveryAction(_prev: FormState, form: FormData) {
  return run((u) => setCountryDelivery(u, fields(form, ["pledgeId", "fieldId", "countryId", "status", "expectedStatus", "note"])), "Delivery status saved.");
}

const ASSESSMENT_KEYS = ["pledgeId", "verdict", "finalValue", "methodNote", "sources", "assessedOn"];

export async function recordAssessmentAction(_prev: FormState, form: FormData) {
  return run((u) => recordFinalAssessment(u, fields(form, ASSESSMENT_KEYS)), "Final assessment recorded and published.");
}

export async function correctAssessmentAction(_prev: FormState, form: FormData) {
  return run((u) => correctFinalAssessment(u, fields(form, [...ASSESSMENT_KEYS, "expectedVersion", "reason"])), "Correction published; the previous version stays in the history.");
}
