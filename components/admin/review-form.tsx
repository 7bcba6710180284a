"use client";

import { useTranslations } from "next-intl";
import { reviewUpdateAction } from "@/app/admin/updates/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

/** `canPublish` false: the reviewer wrote this update (four eyes); the server refuses the publication anyway. */
export function ReviewForm({ id, version, canPublish }: { id: number; version: number; canPublish: boolean }) {
  const { state, onSubmit, pending } = useFormSubmit(reviewUpdateAction);
  const t = useTranslations("admin.reviewForm");
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form panel" aria-label={t("title")}>
      <h2>{t("title")}</h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {!canPublish && (
        <p className="hint" data-testid="four-eyes-hint">
          {t("fourEyes")}
        </p>
      )}
      <label htmlFor="comment">{t("comment")}</label>
      <textarea id="comment" name="comment" rows={3} {...describedBy("comment-error", e.comment)} />
      <FieldError id="comment-error" errors={e.comment} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <div className="actions">
        <button type="submit" name="decision" value="publish" disabled={pending || !canPublish}>
          {t("publish")}
        </button>
        <button type="submit" name="decision" value="return" className="secondary" disabled={pending}>
          {t("return")}
        </button>
      </div>
    </form>
  );
}
