import type { ReportFilterOptions } from "@/lib/reports/options";

/** A plain GET form: the browser downloads /reports/updates-log.csv with the chosen filters, no script needed. */
export function UpdatesLogFilterForm({ options, allowDrafts = false }: { options: ReportFilterOptions; allowDrafts?: boolean }) {
  return (
    <form action="/reports/updates-log.csv" method="get" className="report-filters" aria-label="Filter the updates log">
      <label>
        Pledge
        <select name="pledge" defaultValue="">
          <option value="">All pledges</option>
          {options.pledges.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Field or workstream
        <select name="field" defaultValue="">
          <option value="">All</option>
          {options.fields.map((f) => (
            <option key={`${f.pledgeTitle}-${f.slug}`} value={f.slug}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Country
        <select name="country" defaultValue="">
          <option value="">All countries</option>
          {options.countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name} ({c.iso3})
            </option>
          ))}
        </select>
      </label>
      <label>
        Region
        <select name="region" defaultValue="">
          <option value="">All regions</option>
          {options.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" />
      </label>
      <label>
        To
        <input type="date" name="to" />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="bom" value="1" /> For Excel (byte-order mark)
      </label>
      {allowDrafts ? (
        <label className="checkbox">
          <input type="checkbox" name="include" value="drafts" /> Include drafts, submitted and returned updates
        </label>
      ) : null}
      <button type="submit">Download filtered CSV</button>
    </form>
  );
}
