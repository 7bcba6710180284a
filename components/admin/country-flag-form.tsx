"use client";

import { useTranslations } from "next-intl";
import { setDevelopingAction } from "@/app/admin/countries/actions";
import { FormMessage } from "@/components/forms/field-error";
import { useFormSubmit } from "@/components/forms/use-form-submit";

export function CountryFlagForm({ country }: { country: { id: number; name: string; developing: boolean } }) {
  const t = useTranslations("admin.countries");
  const { state, onSubmit, pending } = useFormSubmit(setDevelopingAction);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <input type="hidden" name="countryId" value={country.id} />
      <input type="hidden" name="expected" value={String(country.developing)} />
      <input type="hidden" name="developing" value={String(!country.developing)} />
      <button type="submit" className="secondary" disabled={pending} aria-label={country.developing ? t("markNotDevelopingLabel", { name: country.name }) : t("markDevelopingLabel", { name: country.name })}>
        {country.developing ? t("markNotDeveloping") : t("markDeveloping")}
      </button>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}
