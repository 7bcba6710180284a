"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/actions";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "admin.done" });
  try {
    const input = { email: form.get("email"), name: form.get("name"), role: form.get("role") };
    const { temporaryPassword } = await createUser(await getCurrentUser(), input);
    revalidatePath("/admin/users");
    return { ok: true, message: t("userCreated", { email: String(input.email).trim().toLowerCase() }), secret: temporaryPassword };
  } catch (error) {
    return toFormState(error, locale);
  }
}

export async function updateUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "admin.done" });
  const userId = Number(form.get("userId"));
  const intent = String(form.get("intent"));
  try {
    const actor = await getCurrentUser();
    if (intent === "role") await changeUserRole(actor, { userId, role: form.get("role") === "ADMIN" ? "ADMIN" : "EDITOR" });
    else if (intent === "disable" || intent === "enable") await setUserDisabled(actor, { userId, disabled: intent === "disable" });
    else if (intent === "reset") {
      const secret = await resetUserPassword(actor, { userId });
      revalidatePath("/admin/users");
      return { ok: true, message: t("passwordReset"), secret };
    } else return { message: t("unknownAction") };
  } catch (error) {
    return toFormState(error, locale);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: t("saved") };
}
