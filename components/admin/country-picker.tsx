"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

type Country = { id: number; name: string; iso3: string; developing: boolean };

/** Multi-select with search: every country stays in the form as a checkbox; the search only hides non-matches. */
export function CountryPicker({ countries, defaultSelected, describedBy }: { countries: Country[]; defaultSelected: number[]; describedBy?: string }) {
  const t = useTranslations("admin.countryPicker");
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<Set<number>>(new Set(defaultSelected));
  const searchId = useId();
  const q = query.trim().toLowerCase();
  const matches = (c: Country) => !q || c.name.toLowerCase().includes(q) || c.iso3.toLowerCase() === q;
  const toggle = (id: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chosen = countries.filter((c) => selected.has(c.id));
  return (
    <fieldset className="country-picker" aria-describedby={describedBy} aria-invalid={describedBy ? true : undefined}>
      <legend>{t("legend")}</legend>
      <p className="hint" aria-live="polite">
        {chosen.length === 0 ? t("none") : t("selected", { count: chosen.length })}
        {chosen.map((c) => (
          <button key={c.id} type="button" className="chip" onClick={() => toggle(c.id, false)} aria-label={t("remove", { name: c.name })}>
            {c.name} ×
          </button>
        ))}
      </p>
      <label htmlFor={searchId}>{t("search")}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("placeholder")} autoComplete="off" />
      <div className="country-options" role="group" aria-label={t("legend")}>
        {countries.map((c) => (
          <label key={c.id} hidden={!matches(c)} className="check">
            <input type="checkbox" name="countryIds" value={c.id} checked={selected.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.name}
            {c.developing ? "" : <span className="muted"> {t("notDeveloping")}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
