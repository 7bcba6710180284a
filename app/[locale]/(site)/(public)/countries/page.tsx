import type { Metadata } from "next";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { LedgerTable } from "@/components/countries/ledger-table";
import styles from "@/components/dashboard/dashboard.module.css";
import { formatNumber, formatPercent } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import updateStyles from "@/components/updates/updates.module.css";
import { filterLedgerRows, getCountryLedger, type LedgerQuery } from "@/lib/countries/queries";
import { Pager } from "@/components/ui/pager";
import { readLedgerQuery, readPage, type SearchParams } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { withAsOf } from "@/lib/as-of/day";
import { EmptyState } from "@/components/ui/badge";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return buildPageMetadata({ locale: await readPageLocale(params), title: "Countries", description: "Which countries each pledge has reached, and the delivery status of each workstream.", path: "/countries" });
}

// One page of the ledger keeps the page light to send and to read; the CSV has every row.
const ROWS_PER_PAGE = 50;
type Props = { searchParams: Promise<SearchParams> };

// Without a page: a new sort or filter starts again at the first page.
function hrefFor(q: LedgerQuery, page = 1, asOfDay: string | null = null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return withAsOf(s ? `/countries?${s}` : "/countries", asOfDay);
}

export default async function CountriesPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = readLedgerQuery(params);
  const page = readPage(params.page);
  const day = readPageAsOf(params)?.day ?? null;
  return (
    <>
      <h1>Recipient countries</h1>
      <p>Which pledges and workstreams reached each country, counted from published updates only.</p>
      <p className="report-actions">
        <DownloadCsvLink report="country-ledger" filters={{ region: query.region, as_of: day }} label="Download the country ledger (CSV)" />
      </p>
        <CountryCount day={day} />
      <section className={styles.section} aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        {day ? (
          <EmptyState>
            The map shows today&apos;s figures only: <a href="/countries">see it on today&apos;s page</a>. The ledger below is as of that day.
          </EmptyState>
        ) : (
            <CountryMap />
        )}
      </section>
      <section className={styles.section} aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Ledger</h2>
          <Ledger query={query} page={page} day={day} />
      </section>
    </>
  );
}

async function CountryCount({ day }: { day: string | null }) {
  const ledger = await getCountryLedger(day);
  const target = ledger.countryPledge;
  return (
    <section className={styles.hero} aria-label="Distinct countries reached">
      {target ? (
        <>
          <p className={styles.figure}>
            <strong data-testid="countries-reached">{formatNumber(target.reached)}</strong> of {formatNumber(target.target)} {target.unit}
          </p>
          <ProgressBar percent={target.target > 0 ? (target.reached / target.target) * 100 : null} label={`${target.title}: ${formatPercent(target.target > 0 ? (target.reached / target.target) * 100 : null)}`} />
          <p className={styles.note}>
            Only countries flagged developing count toward the target, each once, whichever workstream reached it ({target.title}). All pledges
            together named {formatNumber(ledger.reachedAnyPledge)} distinct countries; the ledger marks those not counted toward the target.
          </p>
        </>
      ) : (
        <p>{formatNumber(ledger.reachedAnyPledge)} distinct countries reached by published updates.</p>
      )}
    </section>
  );
}

async function CountryMap() {
  const ledger = await getCountryLedger();
  const reached = ledger.rows.filter((r) => r.updates > 0);
  const byRegion = new Map<string, number>();
  for (const r of reached) byRegion.set(r.region, (byRegion.get(r.region) ?? 0) + 1);
  const top = [...byRegion.entries()].sort((a, b) => b[1] - a[1])[0];
  const summary = reached.length
    ? `${formatNumber(reached.length)} countries reached by published updates, shaded by how many pledges reached them; most are in ${top[0]} (${formatNumber(top[1])}).`
    : "No country has been reached by a published update yet, so the map is blank.";
  return (
    <figure className={styles.panel} style={{ margin: 0 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG, nothing for next/image to optimise */}
      <img src="/countries/map.svg" alt={`World map. ${summary} The ledger table below lists every country.`} width={960} height={514} style={{ width: "100%", height: "auto" }} />
      <figcaption className={styles.note}>{summary} The ledger below has the same data as a table.</figcaption>
    </figure>
  );
}

async function Ledger({ query, page: requested, day }: { query: LedgerQuery; page: number; day: string | null }) {
  const ledger = await getCountryLedger(day);
  const rows = filterLedgerRows(ledger.rows, query);
  const pageCount = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const page = Math.min(requested, pageCount);
  const first = (page - 1) * ROWS_PER_PAGE;
  const shown = rows.slice(first, first + ROWS_PER_PAGE);
  return (
    <>
      <form method="get" action="/countries" className={updateStyles.filters} aria-label="Filter countries">
        {day ? <input type="hidden" name="as_of" value={day} /> : null}
        <label>
          Region
          <select name="region" defaultValue={query.region ?? ""}>
            <option value="">All regions</option>
            {ledger.regions.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Workstream
          <select name="workstream" defaultValue={query.workstream ?? ""}>
            <option value="">All workstreams</option>
            {ledger.workstreams.map((w) => (
              <option key={`${w.pledgeSlug}/${w.slug}`} value={`${w.pledgeSlug}/${w.slug}`}>{w.name}</option>
            ))}
          </select>
        </label>
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir === "desc" ? <input type="hidden" name="dir" value="desc" /> : null}
        <button type="submit">Apply filters</button>
      </form>
      <p className="muted" aria-live="polite">
        {rows.length > shown.length
          ? `Showing ${first + 1}–${first + shown.length} of ${rows.length} countries${rows.length < ledger.rows.length ? ` (${ledger.rows.length} without filters)` : ""}.`
          : `Showing ${rows.length} of ${ledger.rows.length} countries.`}
      </p>
      <LedgerTable rows={shown} workstreams={ledger.workstreams} query={query} hrefFor={(q) => hrefFor(q, 1, day)} />
      <Pager page={page} pageCount={pageCount} href={(p) => `${hrefFor(query, p, day)}#ledger-heading`} labels={{ previous: "← Previous", next: "Next →" }} />
    </>
  );
}
