"use client";

import { useTranslations } from "next-intl";
import { deleteUpdateAction } from "@/app/admin/updates/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

export function DeleteUpdateForm({ id, version, published }: { id: number; version: number; published: boolean }) {
  const { state, onSubmit, pending } = useFormSubmit(deleteUpdateAction);
  const t = useTranslations("admin.delete");
  const e = state.errors ?? {};
  return (
    <details className="panel">
      <summary>{t("summary")}</summary>
      <form onSubmit={onSubmit} className="form">
        <p className="hint">
          {published ? t("published") : ""}
          {t("hint")}
        </p>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor="delete-reason">{t("reason")}</label>
        <textarea id="delete-reason" name="reason" rows={2} {...describedBy("delete-reason-error", e.reason)} />
        <FieldError id="delete-reason-error" errors={e.reason} />
        <ConflictNotice changes={state.changes} />
        <FormMessage state={state} />
        <button type="submit" className="danger" disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </details>
  );
}
