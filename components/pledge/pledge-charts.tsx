import { ChartFrame } from "@/components/charts/chart-frame";
import chartStyles from "@/components/charts/charts.module.css";
import { BarsChart, CumulativeChart } from "@/components/charts/lazy";
import { EmptyState } from "@/components/ui/badge";
import { formatMonth, formatNumber } from "@/components/ui/format";
import { getFieldBreakdown, getRegionBreakdown, getTopCountries, type BreakdownRow } from "@/lib/pledges/breakdowns";
import { describeCell } from "@/lib/pace/record";
import { getCumulativeSeries, getYearBreakdown, type PledgeDetail } from "@/lib/pledges/detail";
import { readRequestLocale } from "@/lib/i18n/params";

type Props = { pledge: PledgeDetail };
/** `asOfDay`: the figures as published at the end of that day (lib/as-of). */
type YearProps = Props & { asOfDay?: string };

function measureWord(pledge: PledgeDetail): string {
  return pledge.measure === "DISTINCT_COUNTRIES" ? "countries reached" : pledge.measure === "MILESTONES" ? "milestones" : pledge.unit;
}

export async function CumulativeSection({ pledge }: Props) {
  const series = await getCumulativeSeries(pledge.slug);
  const actual = series.filter((p) => p.actual !== null);
  const last = actual.at(-1);
  const expectedNow = last ? series[actual.length - 1].expected : 0;
  const summary = last
    ? `${formatNumber(last.actual ?? 0)} ${pledge.unit} by ${formatMonth(last.month)}, against ${formatNumber(expectedNow)} expected at that point and a target of ${formatNumber(pledge.target)} by ${formatMonth(pledge.periodEnd.slice(0, 7))}.`
    : `The period has not started yet; the target is ${formatNumber(pledge.target)} ${pledge.unit}.`;
  const table = (
    <table>
      <caption className="visually-hidden">Cumulative {pledge.unit} by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">Published (cumulative)</th>
          <th scope="col" className="num">Expected pace</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <tr key={p.month}>
            <th scope="row">{formatMonth(p.month)}</th>
            <td className="num">{p.actual === null ? "—" : formatNumber(p.actual)}</td>
            <td className="num">{formatNumber(p.expected)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title="Cumulative progress against the target" summary={summary} table={table} testId="chart-cumulative">
      <CumulativeChart data={series} target={pledge.target} periodEndMonth={pledge.periodEnd.slice(0, 7)} unit={pledge.unit} label={summary} locale={await readRequestLocale()} />
    </ChartFrame>
  );
}

export async function YearsSection({ pledge, asOfDay }: YearProps) {
  const years = await getYearBreakdown(pledge.slug, asOfDay ?? null);
  const hasPlan = years.some((y) => y.planned !== null);
  const total = years.reduce((s, y) => s + y.actual, 0);
  const count = (state: string) => years.filter((y) => y.state === state).length;
  const summary = hasPlan
    ? `${formatNumber(total)} ${measureWord(pledge)} published across ${years.length} period years: ${count("MET")} met the plan, ${count("SHORT")} short, ${count("MISSED")} confirmed missed, ${count("NO_REPORT")} with no report.`
    : `${formatNumber(total)} ${measureWord(pledge)} published across ${years.length} period years; this pledge has no annual plan.`;
  const data = years.map((y) => ({ label: `Y${y.year}`, value: y.actual, planned: y.planned }));
  const table = (
    <table>
      <caption className="visually-hidden">Published and planned per period year</caption>
      <thead>
        <tr>
          <th scope="col">Period year</th>
          <th scope="col" className="num">Published</th>
          {hasPlan ? <th scope="col" className="num">Planned</th> : null}
          {hasPlan ? <th scope="col">Against the plan</th> : null}
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.label}</th>
            <td className="num">{formatNumber(y.actual)}</td>
            {hasPlan ? <td className="num">{y.planned === null ? "—" : formatNumber(y.planned)}</td> : null}
            {hasPlan ? <td>{describeCell(y).label}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={hasPlan ? "Per year, against the annual plan" : "Per year"} summary={summary} table={table} testId="chart-years">
      <BarsChart data={data} valueName="Published" plannedName={hasPlan ? "Planned" : undefined} label={summary} locale={await readRequestLocale()} />
    </ChartFrame>
  );
}

/**
 * Which fields were covered in which year: every cell says its state in words. With nothing published a cell says
 * "No report", never "Missed": that needs the year over and an editor's check or the final assessment.
 */
export async function YearFieldGrid({ pledge, asOfDay }: YearProps) {
  const years = await getYearBreakdown(pledge.slug, asOfDay ?? null);
  if (pledge.fields.length === 0) return null;
  return (
    <figure style={{ margin: 0 }}>
      <h3>Which {pledge.fieldLabel}s were covered in which year</h3>
      <p>
        Each cell: published against planned. &ldquo;No report&rdquo; means nothing has been published for it, which is not a failure;
        &ldquo;Short&rdquo; means published data below the plan. A cell is marked missed only once its year is over and an editor&apos;s
        check or the final assessment confirmed it.
      </p>
      <div className="table-scroll">
        <table className={chartStyles.grid} data-testid="year-field-grid">
          <caption className="visually-hidden">Year by {pledge.fieldLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Period year</th>
              {pledge.fields.map((f) => (
                <th scope="col" key={f.id}>{f.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.label}</th>
                {y.cells.map((c) => (
                  <td key={c.fieldId}>
                    <span className={chartStyles.cell} data-state={c.state.toLowerCase()}>
                      <span aria-hidden="true">{describeCell(c).symbol}</span> {describeCell(c).label}
                    </span>{" "}
                    <span>
                      {formatNumber(c.actual)}
                      {c.planned !== null ? ` / ${formatNumber(c.planned)}` : ""}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function BreakdownTable({ rows, keyLabel, valueLabel, link }: { rows: BreakdownRow[]; keyLabel: string; valueLabel: string; link?: (row: BreakdownRow) => string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col" className="num">{valueLabel}</th>
          <th scope="col" className="num">Updates</th>
          <th scope="col" className="num">Countries</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{link ? <a href={link(r)}>{r.label}</a> : r.label}</th>
            <td className="num">{formatNumber(r.quantity)}</td>
            <td className="num">{formatNumber(r.updates)}</td>
            <td className="num">{formatNumber(r.countries)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function pick(pledge: PledgeDetail, row: BreakdownRow): number {
  return pledge.measure === "DISTINCT_COUNTRIES" ? row.countries : row.quantity;
}

export async function BreakdownSection({ pledge, by }: Props & { by: "field" | "region" | "country" }) {
  const rows = by === "field" ? await getFieldBreakdown(pledge.id) : by === "region" ? await getRegionBreakdown(pledge.id) : await getTopCountries(pledge.id, 10);
  const noun = by === "field" ? pledge.fieldLabel : by;
  const title = by === "country" ? "Top countries" : `By ${noun}`;
  const valueLabel = pledge.measure === "DISTINCT_COUNTRIES" ? "Updates' quantity" : pledge.unit;
  const populated = rows.filter((r) => r.updates > 0);
  if (populated.length === 0) {
    return (
      <div>
        <h3>{title}</h3>
        <EmptyState>No published update names a {noun} for this pledge yet.</EmptyState>
      </div>
    );
  }
  const top = [...populated].sort((a, b) => pick(pledge, b) - pick(pledge, a))[0];
  const what = pledge.measure === "DISTINCT_COUNTRIES" ? "countries" : pledge.unit;
  const summary = `${populated.length} ${noun === "country" ? "countries" : `${noun}s`} with published updates; the largest is ${top.label} with ${formatNumber(pick(pledge, top))} ${what}.`;
  const data = rows.map((r) => ({ label: r.label, value: pick(pledge, r) }));
  const link = by === "country" ? (r: BreakdownRow) => `/countries/${r.key}` : undefined;
  return (
    <ChartFrame title={title} summary={summary} table={<BreakdownTable rows={rows} keyLabel={noun} valueLabel={valueLabel} link={link} />} testId={`chart-${by}`}>
      <BarsChart data={data} valueName={pledge.measure === "DISTINCT_COUNTRIES" ? "Countries reached" : pledge.unit} label={summary} layout="vertical" locale={await readRequestLocale()} />
    </ChartFrame>
  );
}
