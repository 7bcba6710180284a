"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setDeliveryAction } from "@/app/admin/pledges/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { DELIVERY_STATUS_LABEL } from "@/lib/pace/labels";

type Row = { countryId: number; fieldId: number; status: string };

/** Sets one country's status in one workstream; sends the status it showed, so a concurrent change is refused. */
export function DeliveryForm({ pledgeId, fields, countries, rows }: { pledgeId: number; fields: { id: number; name: string }[]; countries: { id: number; name: string }[]; rows: Row[] }) {
  const t = useTranslations("admin.deliveries");
  const statuses = useTranslations("labels.deliveryStatus");
  const { state, onSubmit, pending } = useFormSubmit(setDeliveryAction);
  const [countryId, setCountryId] = useState("");
  const [fieldId, setFieldId] = useState(String(fields[0]?.id ?? ""));
  const current = rows.find((r) => String(r.countryId) === countryId && String(r.fieldId) === fieldId)?.status ?? "";
  const e = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="form" aria-label={t("formLabel")}>
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="expectedStatus" value={current} />
      <label htmlFor="delivery-country">{t("country")}</label>
      <input id="delivery-country" list="delivery-countries" placeholder={t("placeholder")} onChange={(ev) => setCountryId(String(countries.find((c) => c.name === ev.target.value)?.id ?? ""))} {...describedBy("delivery-country-error", e.countryId)} />
      <datalist id="delivery-countries">
        {countries.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      <input type="hidden" name="countryId" value={countryId} />
      <FieldError id="delivery-country-error" errors={e.countryId} />
      <label htmlFor="delivery-field">{t("workstream")}</label>
      <select id="delivery-field" name="fieldId" value={fieldId} onChange={(ev) => setFieldId(ev.target.value)}>
        {fields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
      <p className="hint">{t("current", { status: current ? statuses(current) : t("none") })}</p>
      <label htmlFor="delivery-status">{t("status")}</label>
      <select id="delivery-status" name="status" defaultValue="PLANNED">
        {Object.keys(DELIVERY_STATUS_LABEL).map((value) => (
          <option key={value} value={value}>
            {statuses(value)}
          </option>
        ))}
      </select>
      <label htmlFor="delivery-note">{t("note")}</label>
      <input id="delivery-note" name="note" />
      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
