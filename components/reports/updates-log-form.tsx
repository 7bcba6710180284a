import { useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/filter-form";
import type { ReportFilterOptions } from "@/lib/reports/options";

/** A plain GET form: the browser downloads /reports/updates-log.csv with the chosen filters, no script needed. */
export function UpdatesLogFilterForm({ options, allowDrafts = false }: { options: ReportFilterOptions; allowDrafts?: boolean }) {
  const t = useTranslations("public.reports.form");
  return (
    <form action="/reports/updates-log.csv" method="get" className="report-filters" aria-label={t("label")}>
      <FilterSelect name="pledge" label={t("pledge")} anyLabel={t("allPledges")} options={options.pledges.map((p) => ({ value: p.slug, label: p.title }))} />
      <FilterSelect name="field" label={t("field")} anyLabel={t("allFields")} options={options.fields.map((f) => ({ value: f.slug, label: f.name }))} />
      <FilterSelect name="country" label={t("country")} anyLabel={t("allCountries")} options={options.countries.map((c) => ({ value: c.iso3, label: `${c.name} (${c.iso3})` }))} />
      <FilterSelect name="region" label={t("region")} anyLabel={t("allRegions")} options={options.regions.map((r) => ({ value: r, label: r }))} />
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
