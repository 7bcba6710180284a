import { getTranslations } from "next-intl/server";
import { ChartFrame } from "@/components/charts/chart-frame";
import chartStyles from "@/components/charts/charts.module.css";
import { BarsChart, CumulativeChart } from "@/components/charts/lazy";
import { EmptyState } from "@/components/ui/badge";
import { Heading, type HeadingLevel } from "@/components/ui/heading";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { getFieldBreakdown, getRegionBreakdown, getTopCountries, type BreakdownRow } from "@/lib/pledges/breakdowns";
import { describeCell } from "@/lib/pace/record";
import { getCumulativeSeries, getYearBreakdown, type PledgeDetail, type YearRow } from "@/lib/pledges/detail";
import { readRequestLocale } from "@/lib/i18n/params";

/** `headingLevel`: the charts' headings sit under the pledge page's h2 sections (3), or right under an embed's h1 (2). */
type Props = { pledge: PledgeDetail; headingLevel?: HeadingLevel };
/** `asOfDay`: the figures as published at the end of that day (lib/as-of). */
type YearProps = Props & { asOfDay?: string };

/** The page's language, its chart words and its formats. */
async function readChartWords() {
  const locale = await readRequestLocale();
  return { locale, t: await getTranslations({ locale, namespace: "pledges.charts" }), formats: getFormats(locale) };
}

export async function CumulativeSection({ pledge, headingLevel }: Props) {
  const [series, { t, locale, formats }] = await Promise.all([getCumulativeSeries(pledge.slug), readChartWords()]);
  const { number, month } = formats;
  const actual = series.filter((p) => p.actual !== null);
  const last = actual.at(-1);
  const expectedNow = last ? series[actual.length - 1].expected : 0;
  const summary = last
    ? t("cumulative.summary", { actual: number(last.actual ?? 0), unit: pledge.unit, month: month(last.month), expected: number(expectedNow), target: number(pledge.target), end: month(pledge.periodEnd.slice(0, 7)) })
    : t("cumulative.notStarted", { target: number(pledge.target), unit: pledge.unit });
  const table = (
    <table>
      <caption className="visually-hidden">{t("cumulative.caption", { unit: pledge.unit })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("cumulative.month")}</th>
          <th scope="col" className="num">{t("cumulative.published")}</th>
          <th scope="col" className="num">{t("cumulative.expected")}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <tr key={p.month}>
            <th scope="row">{month(p.month)}</th>
            <td className="num">{p.actual === null ? "—" : number(p.actual)}</td>
            <td className="num">{number(p.expected)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={t("names.cumulative")} summary={summary} table={table} testId="chart-cumulative" headingLevel={headingLevel}>
      <CumulativeChart data={series} target={pledge.target} periodEndMonth={pledge.periodEnd.slice(0, 7)} unit={pledge.unit} label={summary} locale={locale} />
    </ChartFrame>
  );
}

export async function YearsSection({ pledge, asOfDay, headingLevel }: YearProps) {
  const [years, { t, locale, formats }] = await Promise.all([getYearBreakdown(pledge.slug, asOfDay ?? null), readChartWords()]);
  const { number } = formats;
  const hasPlan = years.some((y) => y.planned !== null);
  const total = years.reduce((s, y) => s + y.actual, 0);
  const count = (state: string) => number(years.filter((y) => y.state === state).length);
  const what = pledge.measure === "DISTINCT_COUNTRIES" ? t("years.countriesReached") : pledge.measure === "MILESTONES" ? t("years.milestones") : pledge.unit;
  const summary = hasPlan
    ? t("years.summaryPlan", { total: number(total), what, years: years.length, met: count("MET"), short: count("SHORT"), missed: count("MISSED"), none: count("NO_REPORT") })
    : t("years.summaryNoPlan", { total: number(total), what, years: years.length });
  const data = years.map((y) => ({ label: t("years.short", { year: y.year }), value: y.actual, planned: y.planned }));
  const table = (
    <table>
      <caption className="visually-hidden">{t("years.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("years.periodYear")}</th>
          <th scope="col" className="num">{t("years.published")}</th>
          {hasPlan ? <th scope="col" className="num">{t("years.planned")}</th> : null}
          {hasPlan ? <th scope="col">{t("years.againstPlan")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{nameYear(t, formats, y)}</th>
            <td className="num">{number(y.actual)}</td>
            {hasPlan ? <td className="num">{y.planned === null ? "—" : number(y.planned)}</td> : null}
            {hasPlan ? <td>{t(`cell.${describeCell(y).key}`)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame title={hasPlan ? t("years.titlePlan") : t("names.years")} summary={summary} table={table} testId="chart-years" headingLevel={headingLevel}>
      <BarsChart data={data} valueName={t("years.published")} plannedName={hasPlan ? t("years.planned") : undefined} label={summary} locale={locale} />
    </ChartFrame>
  );
}

type ChartWords = Awaited<ReturnType<typeof readChartWords>>;

/** "Year 1 (Sept 2017 to Sept 2018)". */
function nameYear(t: ChartWords["t"], { month }: ChartWords["formats"], y: YearRow): string {
  return t("years.label", { year: y.year, start: month(y.startMonth), end: month(y.endMonth) });
}

/**
 * Which fields were covered in which year: every cell says its state in words. With nothing published a cell says
 * "No report", never "Missed": that needs the year over and an editor's check or the final assessment.
 */
export async function YearFieldGrid({ pledge, asOfDay }: YearProps) {
  const [years, { t, formats }] = await Promise.all([getYearBreakdown(pledge.slug, asOfDay ?? null), readChartWords()]);
  if (pledge.fields.length === 0) return null;
  const { number } = formats;
  return (
    <figure style={{ margin: 0 }}>
      <h3>{t("grid.heading", { field: pledge.fieldLabel })}</h3>
      <p>{t("grid.note")}</p>
      <div className="table-scroll">
        <table className={chartStyles.grid} data-testid="year-field-grid">
          <caption className="visually-hidden">{t("grid.caption", { field: pledge.fieldLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("years.periodYear")}</th>
              {pledge.fields.map((f) => (
                <th scope="col" key={f.id}>{f.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{nameYear(t, formats, y)}</th>
                {y.cells.map((c) => {
                  const cell = describeCell(c);
                  return (
                    <td key={c.fieldId}>
                      <span className={chartStyles.cell} data-state={c.state.toLowerCase()}>
                        <span aria-hidden="true">{cell.symbol}</span> {t(`cell.${cell.key}`)}
                      </span>{" "}
                      <span>
                        {number(c.actual)}
                        {c.planned !== null ? ` / ${number(c.planned)}` : ""}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function BreakdownTable({ rows, keyLabel, valueLabel, words, link }: { rows: BreakdownRow[]; keyLabel: string; valueLabel: string; words: ChartWords; link?: (row: BreakdownRow) => string }) {
  const { t, formats: { number } } = words;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col" className="num">{valueLabel}</th>
          <th scope="col" className="num">{t("breakdown.updates")}</th>
          <th scope="col" className="num">{t("breakdown.countries")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{link ? <a href={link(r)}>{r.label}</a> : r.label}</th>
            <td className="num">{number(r.quantity)}</td>
            <td className="num">{number(r.updates)}</td>
            <td className="num">{number(r.countries)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function pick(pledge: PledgeDetail, row: BreakdownRow): number {
  return pledge.measure === "DISTINCT_COUNTRIES" ? row.countries : row.quantity;
}

export async function BreakdownSection({ pledge, by, headingLevel }: Props & { by: "field" | "region" | "country" }) {
  const [rows, words] = await Promise.all([
    by === "field" ? getFieldBreakdown(pledge.id) : by === "region" ? getRegionBreakdown(pledge.id) : getTopCountries(pledge.id, 10),
    readChartWords(),
  ]);
  const { t, locale, formats } = words;
  const field = pledge.fieldLabel;
  const noun = by === "field" ? field : t(`breakdown.${by}`);
  const title = by === "country" ? t("names.country") : by === "region" ? t("names.region") : t("breakdown.byField", { field });
  const countries = pledge.measure === "DISTINCT_COUNTRIES";
  const populated = rows.filter((r) => r.updates > 0);
  if (populated.length === 0) {
    return (
      <div>
        <Heading level={headingLevel}>{title}</Heading>
        <EmptyState>{by === "field" ? t("breakdown.emptyField", { field }) : by === "region" ? t("breakdown.emptyRegion") : t("breakdown.emptyCountry")}</EmptyState>
      </div>
    );
  }
  const top = [...populated].sort((a, b) => pick(pledge, b) - pick(pledge, a))[0];
  const facts = { count: populated.length, top: top.label, value: formats.number(pick(pledge, top)), what: countries ? t("breakdown.countriesWord") : pledge.unit };
  const summary = by === "field" ? t("breakdown.summaryField", { ...facts, field }) : by === "region" ? t("breakdown.summaryRegion", facts) : t("breakdown.summaryCountry", facts);
  const data = rows.map((r) => ({ label: r.label, value: pick(pledge, r) }));
  const link = by === "country" ? (r: BreakdownRow) => localizePath(`/countries/${r.key}`, locale) : undefined;
  const table = <BreakdownTable rows={rows} keyLabel={noun} valueLabel={countries ? t("breakdown.updatesQuantity") : pledge.unit} words={words} link={link} />;
  return (
    <ChartFrame title={title} summary={summary} table={table} testId={`chart-${by}`} headingLevel={headingLevel}>
      <BarsChart data={data} valueName={countries ? t("breakdown.countriesReached") : pledge.unit} label={summary} layout="vertical" locale={locale} />
    </ChartFrame>
  );
}
