"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { recordPledgeCheck, setReportingRhythm } from "@/lib/freshness/actions";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";

export async function recordCheckAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    await recordPledgeCheck(await getCurrentUser(), { pledgeId: form.get("pledgeId"), note: form.get("note"), year: form.get("year") ?? "", fieldId: form.get("fieldId") ?? "" });
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  const t = await getTranslations({ locale, namespace: "admin.done" });
  return { ok: true, message: t("checkRecorded") };
}

export async function setRhythmAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    await setReportingRhythm(await getCurrentUser(), { pledgeId: form.get("pledgeId"), months: form.get("months"), expected: form.get("expected") });
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  const t = await getTranslations({ locale, namespace: "admin.done" });
  return { ok: true, message: t("rhythmSaved") };
}
