"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { redirect } from "@/lib/i18n/navigation";
import { createUpdate, editUpdate, reviewUpdate } from "@/lib/updates/actions";
import { correctUpdate, deleteUpdate } from "@/lib/updates/corrections";
import { readUpdateForm } from "@/lib/updates/schema";
import { confirmEvidence } from "@/lib/evidence/actions";

// Each action resolves the session itself and hands the user to the data layer, which re-checks it and the
// permission inside the write's transaction. Redirects stay outside the try.

export async function saveUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const input = readUpdateForm(form);
  const submit = form.get("intent") === "submit";
  let id: number;
  try {
    const user = await getCurrentUser();
    id = (input.id ? await editUpdate(user, input, { submit }) : await createUpdate(user, input, { submit })).id;
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  return redirect({ href: `/admin/updates/${id}?saved=${submit ? "submitted" : "draft"}`, locale });
}

export async function correctUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const input = readUpdateForm(form);
  try {
    await correctUpdate(await getCurrentUser(), input);
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  return redirect({ href: `/admin/updates/${input.id}?saved=corrected`, locale });
}

export async function reviewUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const input = Object.fromEntries(["id", "version", "decision", "comment"].map((k) => [k, form.get(k) ?? undefined]));
  try {
    await reviewUpdate(await getCurrentUser(), input);
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  return redirect({ href: `/admin/updates/${input.id}?saved=${input.decision === "publish" ? "published" : "returned"}`, locale });
}

export async function deleteUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const input = Object.fromEntries(["id", "version", "reason"].map((k) => [k, form.get(k) ?? undefined]));
  try {
    await deleteUpdate(await getCurrentUser(), input);
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  return redirect({ href: `/admin/updates/${input.id}?saved=deleted`, locale });
}

export async function confirmEvidenceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const input = { evidenceId: form.get("evidenceId") ?? undefined, version: form.get("version") ?? undefined };
  let updateId: number;
  try {
    updateId = (await confirmEvidence(await getCurrentUser(), input)).updateId;
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  return redirect({ href: `/admin/updates/${updateId}?saved=confirmed`, locale });
}
