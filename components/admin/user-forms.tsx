"use client";

import { useTranslations } from "next-intl";
import { createUserAction, updateUserAction } from "@/app/admin/users/actions";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

function Secret({ value }: { value?: string }) {
  if (!value) return null;
  return (
    <p>
      <code data-testid="temporary-password">{value}</code>
    </p>
  );
}

export function CreateUserForm() {
  const t = useTranslations("admin.users");
  const { state, onSubmit, pending } = useFormSubmit(createUserAction, { resetOnSuccess: true });
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("create")}>
      <label htmlFor="user-email">{t("email")}</label>
      <input id="user-email" name="email" type="email" {...describedBy("user-email-error", e.email)} />
      <FieldError id="user-email-error" errors={e.email} />
      <label htmlFor="user-name">{t("name")}</label>
      <input id="user-name" name="name" {...describedBy("user-name-error", e.name)} />
      <FieldError id="user-name-error" errors={e.name} />
      <label htmlFor="user-role">{t("role")}</label>
      <select id="user-role" name="role" defaultValue="EDITOR">
        <option value="EDITOR">{t("roles.EDITOR")}</option>
        <option value="ADMIN">{t("roles.ADMIN")}</option>
      </select>
      <FormMessage state={state} />
      <Secret value={state.secret} />
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function UserRowForm({ user, self }: { user: { id: number; email: string; role: string; disabled: boolean }; self: boolean }) {
  const t = useTranslations("admin.users");
  const { state, onSubmit, pending } = useFormSubmit(updateUserAction);
  return (
    <form onSubmit={onSubmit} className="inline-form" aria-label={t("manageLabel", { email: user.email })}>
      <input type="hidden" name="userId" value={user.id} />
      <label htmlFor={`role-${user.id}`} className="visually-hidden">
        {t("roleOf", { email: user.email })}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.role}>
        <option value="EDITOR">{t("roles.EDITOR")}</option>
        <option value="ADMIN">{t("roles.ADMIN")}</option>
      </select>
      <button type="submit" name="intent" value="role" className="secondary" disabled={pending}>
        {t("changeRole")}
      </button>
      {!self && (
        <button type="submit" name="intent" value={user.disabled ? "enable" : "disable"} className={user.disabled ? "secondary" : "danger"} disabled={pending}>
          {user.disabled ? t("enable") : t("disable")}
        </button>
      )}
      <button type="submit" name="intent" value="reset" className="secondary" disabled={pending}>
        {t("reset")}
      </button>
      <FormMessage state={state} />
      <Secret value={state.secret} />
    </form>
  );
}
