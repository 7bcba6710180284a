import { useTranslations } from "next-intl";
import type { ReportFilterOptions } from "@/lib/reports/options";

/** A plain GET form: the browser downloads /reports/updates-log.csv with the chosen filters, no script needed. */
export function UpdatesLogFilterForm({ options, allowDrafts = false }: { options: ReportFilterOptions; allowDrafts?: boolean }) {
  const t = useTranslations("public.reports.form");
  return (
    <form action="/reports/updates-log.csv" method="get" className="report-filters" aria-label={t("label")}>
      <label>
        {t("pledge")}
        <select name="pledge" defaultValue="">
          <option value="">{t("allPledges")}</option>
          {options.pledges.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("field")}
        <select name="field" defaultValue="">
          <option value="">{t("allFields")}</option>
          {options.fields.map((f) => (
            <option key={`${f.pledgeTitle}-${f.slug}`} value={f.slug}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("country")}
        <select name="country" defaultValue="">
          <option value="">{t("allCountries")}</option>
          {options.countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name} ({c.iso3})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("region")}
        <select name="region" defaultValue="">
          <option value="">{t("allRegions")}</option>
          {options.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("from")}
        <input type="date" name="from" />
      </label>
      <label>
        {t("to")}
        <input type="date" name="to" />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="bom" value="1" /> {t("bom")}
      </label>
      {allowDrafts ? (
        <label className="checkbox">
          <input type="checkbox" name="include" value="drafts" /> {t("drafts")}
        </label>
      ) : null}
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
