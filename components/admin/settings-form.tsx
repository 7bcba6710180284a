"use client";

import { updateSettingsAction } from "@/app/admin/settings/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import type { Settings } from "@/lib/settings/schema";

export function SettingsForm({ settings }: { settings: Settings }) {
  const { state, onSubmit, pending } = useFormSubmit(updateSettingsAction);
  return (
    <form onSubmit={onSubmit} className="form panel" aria-label="Settings">
      <h2>Four eyes</h2>
      <p className="hint">
        By default an update is published by an admin who did not write or edit it. A deployment with a single admin may
        allow self-publication: such updates show &ldquo;Published without independent review&rdquo; to the public and in
        the audit log. Every change of this setting is audited.
      </p>
      <label>
        <input type="checkbox" name="allowSelfPublication" defaultChecked={settings.allowSelfPublication} /> Allow admins to publish updates they wrote
      </label>
      <FormMessage state={state} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
