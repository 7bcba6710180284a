"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveUpdateAction, correctUpdateAction } from "@/app/admin/updates/actions";
import { ConflictNotice } from "@/components/admin/conflict-notice";
import { CountryPicker } from "@/components/admin/country-picker";
import { EvidenceList, type EvidenceFormRow } from "@/components/admin/evidence-list";
import { describedBy, FieldError, FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { LanguageField } from "@/components/translations/language-field";
import type { UpdateFormOptions } from "@/lib/updates/queries";

export type UpdateFormValues = {
  id?: number;
  version?: number;
  pledgeId?: number;
  fieldId?: number | null;
  eventDate?: string;
  quantity?: number;
  title?: string;
  description?: string;
  countryIds?: number[];
  publicSummary?: string | null;
  evidence?: EvidenceFormRow[];
  lang?: string;
};

/** Log, edit or correct a progress update. `mode` decides the buttons: draft/submit, or a correction with a reason. */
export function UpdateForm({ options, values = {}, mode }: { options: UpdateFormOptions; values?: UpdateFormValues; mode: "create" | "edit" | "correct" }) {
  const { state, onSubmit, pending } = useFormSubmit(mode === "correct" ? correctUpdateAction : saveUpdateAction);
  const [pledgeId, setPledgeId] = useState<number | undefined>(values.pledgeId);
  const pledge = options.pledges.find((p) => p.id === pledgeId);
  const t = useTranslations("admin.updateForm");
  const e = state.errors ?? {};
  const fieldLabel = pledge?.fieldLabel ?? t("field");
  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}

      <label htmlFor="pledgeId">{t("pledge")}</label>
      {mode === "create" ? (
        <select id="pledgeId" name="pledgeId" value={pledgeId ?? ""} onChange={(ev) => setPledgeId(Number(ev.target.value) || undefined)} {...describedBy("pledgeId-error", e.pledgeId)}>
          <option value="">{t("choosePledge")}</option>
          {options.pledges.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input type="hidden" name="pledgeId" value={pledgeId} />
          <p id="pledgeId">{pledge?.title}</p>
        </>
      )}
      <FieldError id="pledgeId-error" errors={e.pledgeId} />

      {pledge && pledge.fields.length > 0 && (
        <>
          <label htmlFor="fieldId">{fieldLabel[0].toUpperCase() + fieldLabel.slice(1)}</label>
          <select id="fieldId" name="fieldId" defaultValue={values.fieldId ?? ""} key={pledge.id} {...describedBy("fieldId-error", e.fieldId)}>
            <option value="">{t("chooseField", { label: fieldLabel })}</option>
            {pledge.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          <FieldError id="fieldId-error" errors={e.fieldId} />
        </>
      )}

      <label htmlFor="eventDate">{t("eventDate")}</label>
      <input id="eventDate" name="eventDate" type="date" defaultValue={values.eventDate} {...describedBy("eventDate-error", e.eventDate)} />
      <FieldError id="eventDate-error" errors={e.eventDate} />

      <label htmlFor="quantity">{pledge ? t("quantityIn", { unit: pledge.unit }) : t("quantity")}</label>
      <input id="quantity" name="quantity" type="number" min={0} step="any" inputMode="decimal" defaultValue={values.quantity} {...describedBy("quantity-error", e.quantity)} />
      <FieldError id="quantity-error" errors={e.quantity} />

      <CountryPicker countries={options.countries} defaultSelected={values.countryIds ?? []} describedBy={e.countryIds ? "countryIds-error" : undefined} />
      <FieldError id="countryIds-error" errors={e.countryIds} />

      <LanguageField value={values.lang} errors={e.lang} />

      <label htmlFor="title">{t("title")}</label>
      <input id="title" name="title" defaultValue={values.title} maxLength={200} {...describedBy("title-error", e.title)} />
      <FieldError id="title-error" errors={e.title} />

      <label htmlFor="description">{t("description")}</label>
      <textarea id="description" name="description" rows={4} defaultValue={values.description} {...describedBy("description-error", e.description)} />
      <FieldError id="description-error" errors={e.description} />

      <label htmlFor="publicSummary">{t("publicSummary")}</label>
      <p className="hint" id="publicSummary-hint">
        {t("publicSummaryHint")}
      </p>
      <textarea id="publicSummary" name="publicSummary" rows={3} defaultValue={values.publicSummary ?? ""} {...describedBy("publicSummary-error", e.publicSummary)} />
      <FieldError id="publicSummary-error" errors={e.publicSummary} />

      <EvidenceList defaultRows={values.evidence ?? []} errors={e} />

      {mode === "correct" && (
        <>
          <label htmlFor="reason">{t("reason")}</label>
          <textarea id="reason" name="reason" rows={2} {...describedBy("reason-error", e.reason)} />
          <FieldError id="reason-error" errors={e.reason} />
        </>
      )}

      <ConflictNotice changes={state.changes} />
      <FormMessage state={state} />
      <div className="actions">
        {mode === "correct" ? (
          <button type="submit" disabled={pending}>
            {t("publishCorrection")}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
              {t("saveDraft")}
            </button>
            <button type="submit" name="intent" value="submit" disabled={pending}>
              {t("submit")}
            </button>
          </>
        )}
        {pending && <span className="muted">{t("saving")}</span>}
      </div>
    </form>
  );
}
