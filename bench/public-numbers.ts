// Prints every public aggregate (dashboard, pledge pages, countries, API, CSV summaries) as one JSON document,
// to check that two builds give the same public numbers for one database:
//   DATABASE_URL=file:./data/x.db PUBLIC_CACHE=off npx tsx bench/public-numbers.ts > a.json
import { getCountryLedger } from "../lib/countries/queries";
import { listCountryReach } from "../lib/countries/reach";
import { db } from "../lib/db";
import { getFieldBreakdown, getRegionBreakdown, getTopCountries } from "../lib/pledges/breakdowns";
import { getCumulativeSeries, getSparklines, getYearBreakdown } from "../lib/pledges/detail";
import { getPledgeSummaries } from "../lib/pledges/queries";
import { readAnnualBreakdownRows, readCountryLedgerRows } from "../lib/reports/summaries";
import { hasSampleData, listPublicUpdates } from "../lib/updates/public";

async function main() {
  const started = Date.now();
  const now = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  const summaries = await getPledgeSummaries({ now });
  const pledges: Record<string, unknown> = {};
  for (const p of summaries) {
    pledges[p.slug] = {
      fields: await getFieldBreakdown(p.id),
      regions: await getRegionBreakdown(p.id),
      top: await getTopCountries(p.id, 10),
      cumulative: await getCumulativeSeries(p.slug),
      years: await getYearBreakdown(p.slug),
      feedTotal: (await listPublicUpdates({ pledge: p.slug })).total,
    };
  }
  const ledger = await getCountryLedger();
  const out = {
    summaries,
    pledges,
    sparklines: await getSparklines(now.toISOString().slice(0, 10)),
    ledger,
    reach: await listCountryReach(),
    ledgerCsv: await readCountryLedgerRows({}),
    annualCsv: await readAnnualBreakdownRows({}),
    feedTotal: (await listPublicUpdates({})).total,
    countryFeedTotals: await Promise.all(ledger.rows.slice(0, 20).map(async (r) => [r.iso3, (await listPublicUpdates({ country: r.iso3 })).total])),
    hasSample: await hasSampleData(),
  };
  console.log(JSON.stringify(out, null, 1));
  console.error(`read in ${Date.now() - started} ms`);
}

main().finally(() => db.$disconnect());
