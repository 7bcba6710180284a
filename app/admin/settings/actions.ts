"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { updateSettings } from "@/lib/settings/actions";

export async function updateSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    await updateSettings(await getCurrentUser(), { allowSelfPublication: form.get("allowSelfPublication") ?? undefined });
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin", "layout");
  const t = await getTranslations({ locale, namespace: "admin.done" });
  return { ok: true, message: t("settingsSaved") };
}
