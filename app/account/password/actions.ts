"use server";

import { getCurrentUser, renewOwnSession } from "@/lib/auth/session";
import { toFormState, type FormState } from "@/lib/form-state";
import { readRequestLocale } from "@/lib/i18n/params";
import { redirect } from "@/lib/i18n/navigation";
import { formatValidationMessage, validationMessage } from "@/lib/i18n/validation";
import { changeOwnPassword } from "@/lib/users/actions";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await readRequestLocale();
  const newPassword = String(form.get("newPassword") ?? "");
  if (newPassword !== String(form.get("confirmPassword") ?? "")) return { errors: { confirmPassword: [formatValidationMessage(validationMessage("user.passwordsDiffer"), locale)] } };
  try {
    const user = await getCurrentUser();
    const { sessionVersion } = await changeOwnPassword(user, { currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
    // The change ended every session of this account; this browser's continues (the others stay ended).
    await renewOwnSession({ userId: user!.id, from: user!.sessionVersion, to: sessionVersion });
  } catch (error) {
    return toFormState(error, locale);
  }
  return redirect({ href: "/admin", locale });
}
