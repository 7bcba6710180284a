"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { setCountryDeveloping } from "@/lib/countries/actions";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";

export async function setDevelopingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  try {
    await setCountryDeveloping(await getCurrentUser(), { countryId: form.get("countryId"), developing: form.get("developing"), expected: form.get("expected") });
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin/countries");
  const t = await getTranslations({ locale, namespace: "admin.done" });
  return { ok: true, message: t("saved") };
}
