"use client";

import { useTranslations } from "next-intl";
import { updateSettingsAction } from "@/app/admin/settings/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import type { Settings } from "@/lib/settings/schema";

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("admin.settings");
  const { state, onSubmit, pending } = useFormSubmit(updateSettingsAction);
  return (
    <form onSubmit={onSubmit} className="form panel" aria-label={t("title")}>
      <h2>{t("fourEyes")}</h2>
      <p className="hint">{t("hint")}</p>
      <label>
        <input type="checkbox" name="allowSelfPublication" defaultChecked={settings.allowSelfPublication} /> {t("allowSelfPublication")}
      </label>
      <FormMessage state={state} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
