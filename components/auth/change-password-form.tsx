"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/password/actions";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { INITIAL_FORM_STATE } from "@/components/forms/use-form-submit";

export function ChangePasswordForm() {
  const t = useTranslations("auth.password");
  const [state, action, pending] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form">
      <label htmlFor="currentPassword">{t("current")}</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required {...describedBy("currentPassword-error", e.currentPassword)} />
      <FieldError id="currentPassword-error" errors={e.currentPassword} />
      <label htmlFor="newPassword">{t("new")}</label>
      <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required minLength={12} {...describedBy("newPassword-error", e.newPassword)} />
      <FieldError id="newPassword-error" errors={e.newPassword} />
      <label htmlFor="confirmPassword">{t("confirm")}</label>
      <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required {...describedBy("confirmPassword-error", e.confirmPassword)} />
      <FieldError id="confirmPassword-error" errors={e.confirmPassword} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("title")}
      </button>
    </form>
  );
}
