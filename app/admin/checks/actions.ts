"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { recordPledgeCheck, setReportingRhythm } from "@/lib/freshness/actions";
import { toFormState, type FormState } from "@/lib/form-state";

export async function recordCheckAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await recordPledgeCheck(await getCurrentUser(), { pledgeId: form.get("pledgeId"), note: form.get("note"), year: form.get("year") ?? "", fieldId: form.get("fieldId") ?? "" });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Check recorded. It is public in the change log." };
}

export async function setRhythmAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await setReportingRhythm(await getCurrentUser(), { pledgeId: form.get("pledgeId"), months: form.get("months"), expected: form.get("expected") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Reporting rhythm saved." };
}
