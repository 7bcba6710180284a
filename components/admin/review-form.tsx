"use client";

import { reviewUpdateAction } from "@/app/admin/updates/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

/** `canPublish` false: the reviewer wrote this update (four eyes); the server refuses the publication anyway. */
export function ReviewForm({ id, version, canPublish }: { id: number; version: number; canPublish: boolean }) {
  const { state, onSubmit, pending } = useFormSubmit(reviewUpdateAction);
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form panel" aria-label="Review">
      <h2>Review</h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {!canPublish && (
        <p className="hint" data-testid="four-eyes-hint">
          You wrote or edited this update, so another admin must publish it. You can still return it.
        </p>
      )}
      <label htmlFor="comment">Note for the editor (required to return it; a note on publishing is shown to the editor, not the public)</label>
      <textarea id="comment" name="comment" rows={3} {...describedBy("comment-error", e.comment)} />
      <FieldError id="comment-error" errors={e.comment} />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <div className="actions">
        <button type="submit" name="decision" value="publish" disabled={pending || !canPublish}>
          Publish
        </button>
        <button type="submit" name="decision" value="return" className="secondary" disabled={pending}>
          Return to editor
        </button>
      </div>
    </form>
  );
}
