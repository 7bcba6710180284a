import type { Metadata } from "next";
import { resolvePage } from "@/lib/paging";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { LedgerTable } from "@/components/countries/ledger-table";
import styles from "@/components/dashboard/dashboard.module.css";
import { ProgressBar } from "@/components/ui/progress-bar";
import { filterLedgerRows, getCountryLedger, type LedgerQuery } from "@/lib/countries/queries";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { readLedgerQuery, readPage, type SearchParams } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { withAsOf } from "@/lib/as-of/day";
import { EmptyState } from "@/components/ui/badge";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.countries" });
  return buildPageMetadata({ locale, title: t("metaTitle"), description: t("metaDescription"), path: "/countries" });
}

// One page of the ledger keeps the page light to send and to read; the CSV has every row.
const ROWS_PER_PAGE = 50;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// Without a page: a new sort or filter starts again at the first page.
function hrefFor(locale: Locale, q: LedgerQuery, page = 1, asOfDay: string | null = null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return localizePath(withAsOf(s ? `/countries?${s}` : "/countries", asOfDay), locale);
}

export default async function CountriesPage({ params: routeParams, searchParams }: Props) {
  const locale = await readPageLocale(routeParams);
  const t = await getTranslations({ locale, namespace: "public.countries" });
  const params = await searchParams;
  const query = readLedgerQuery(params);
  const page = readPage(params.page);
  const day = readPageAsOf(params)?.day ?? null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="report-actions">
        <DownloadCsvLink report="country-ledger" filters={{ region: query.region, as_of: day }} label={t("download")} />
      </p>
      <CountryCount day={day} locale={locale} />
      <section className={styles.section} aria-labelledby="map-heading">
        <h2 id="map-heading">{t("mapHeading")}</h2>
        {day ? (
          <EmptyState>{t.rich("mapPastDay", { link: (chunks) => <a href={localizePath("/countries", locale)}>{chunks}</a> })}</EmptyState>
        ) : (
          <CountryMap locale={locale} />
        )}
      </section>
      <section className={styles.section} aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">{t("ledgerHeading")}</h2>
        <Ledger query={query} page={page} day={day} locale={locale} />
      </section>
    </>
  );
}

async function CountryCount({ day, locale }: { day: string | null; locale: Locale }) {
  const [ledger, t] = await Promise.all([getCountryLedger(day, locale), getTranslations({ locale, namespace: "public.countries" })]);
  const format = getFormats(locale);
  const target = ledger.countryPledge;
  const percent = target && target.target > 0 ? (target.reached / target.target) * 100 : null;
  return (
    <section className={styles.hero} aria-label={t("reachedLabel")}>
      {target ? (
        <>
          <p className={styles.figure}>
            {t.rich("figure", {
              reached: format.number(target.reached),
              target: format.number(target.target),
              unit: target.unit,
              strong: (chunks) => <strong data-testid="countries-reached">{chunks}</strong>,
            })}
          </p>
          <ProgressBar percent={percent} label={t("progressLabel", { title: target.title, percent: percent === null ? t("notAvailable") : format.percent(percent) })} />
          <p className={styles.note}>{t("countedNote", { title: target.title, count: ledger.reachedAnyPledge })}</p>
        </>
      ) : (
        <p>{t("reachedAny", { count: ledger.reachedAnyPledge })}</p>
      )}
    </section>
  );
}

async function CountryMap({ locale }: { locale: Locale }) {
  const [ledger, t] = await Promise.all([getCountryLedger(null, locale), getTranslations({ locale, namespace: "public.countries" })]);
  const reached = ledger.rows.filter((r) => r.updates > 0);
  const byRegion = new Map<string, number>();
  for (const r of reached) byRegion.set(r.region, (byRegion.get(r.region) ?? 0) + 1);
  const top = [...byRegion.entries()].sort((a, b) => b[1] - a[1])[0];
  const summary = reached.length ? t("mapSummary", { count: reached.length, region: top[0], regionCount: top[1] }) : t("mapEmpty");
  return (
    <figure className={styles.panel} style={{ margin: 0 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG, nothing for next/image to optimise */}
      <img src="/countries/map.svg" alt={t("mapAlt", { summary })} width={960} height={514} style={{ width: "100%", height: "auto" }} />
      <figcaption className={styles.note}>{t("mapCaption", { summary })}</figcaption>
    </figure>
  );
}

async function Ledger({ query, page: requested, day, locale }: { query: LedgerQuery; page: number; day: string | null; locale: Locale }) {
  const [ledger, t] = await Promise.all([getCountryLedger(day, locale), getTranslations({ locale, namespace: "public.countries" })]);
  const rows = filterLedgerRows(ledger.rows, query);
  const { page, pageCount, offset } = resolvePage({ total: rows.length, pageSize: ROWS_PER_PAGE, requested });
  const shown = rows.slice(offset, offset + ROWS_PER_PAGE);
  return (
    <>
      <FilterForm action={localizePath("/countries", locale)} label={t("filterLabel")} submit={t("apply")} keep={{ as_of: day, sort: query.sort, dir: query.dir === "desc" ? "desc" : null }}>
        <FilterSelect name="region" label={t("region")} anyLabel={t("allRegions")} value={query.region} options={ledger.regions.map((r) => ({ value: r, label: r }))} />
        <FilterSelect
          name="workstream"
          label={t("workstream")}
          anyLabel={t("allWorkstreams")}
          value={query.workstream}
          options={ledger.workstreams.map((w) => ({ value: `${w.pledgeSlug}/${w.slug}`, label: w.name }))}
        />
      </FilterForm>
      <p className="muted" aria-live="polite">
        {rows.length > shown.length
          ? t(rows.length < ledger.rows.length ? "showingPageFiltered" : "showingPage", { from: offset + 1, to: offset + shown.length, count: rows.length, total: ledger.rows.length })
          : t("showingAll", { shown: rows.length, count: ledger.rows.length })}
      </p>
      <LedgerTable rows={shown} workstreams={ledger.workstreams} query={query} hrefFor={(q) => hrefFor(locale, q, 1, day)} />
      <Pager page={page} pageCount={pageCount} href={(p) => `${hrefFor(locale, query, p, day)}#ledger-heading`} labels={{ previous: t("previous"), next: t("next") }} />
    </>
  );
}
