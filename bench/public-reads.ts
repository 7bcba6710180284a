// Data-layer time of each public page's reads (what a first view costs before rendering), 7 runs each by default:
//   DATABASE_URL=file:./data/x.db PUBLIC_CACHE=off npx tsx bench/public-reads.ts [runs]
import { getCountryLedger } from "../lib/countries/queries";
import { db } from "../lib/db";
import { getFieldBreakdown, getRegionBreakdown, getTopCountries } from "../lib/pledges/breakdowns";
import { getCumulativeSeries, getPledgeDetail, getSparklines, getYearBreakdown } from "../lib/pledges/detail";
import { getPledgeSummaries, getPledgeSummary } from "../lib/pledges/queries";
import { hasSampleData, listPublicUpdates } from "../lib/updates/public";
const day = new Date().toISOString().slice(0, 10);
const pages: Record<string, () => Promise<unknown>> = {
  "/": () => Promise.all([getPledgeSummaries(), getSparklines(day), hasSampleData()]),
  "/pledges/training": async () => {
    const [d] = await Promise.all([getPledgeDetail("training"), getPledgeSummary("training"), listPublicUpdates({ pledge: "training", page: 1 }), hasSampleData()]);
    const id = (d as { id: number }).id;
    await Promise.all([getFieldBreakdown(id), getRegionBreakdown(id), getTopCountries(id, 10), getCumulativeSeries("training"), getYearBreakdown("training")]);
  },
  "/countries": () => Promise.all([getCountryLedger(), hasSampleData()]),
  "/updates": () => Promise.all([listPublicUpdates({ page: 1 }), hasSampleData()]),
};
const runs = Number(process.argv[2] ?? 7);

async function main() {
  await db.pledge.findMany();
  for (const [name, f] of Object.entries(pages)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) { const s = performance.now(); await f(); times.push(performance.now() - s); }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(18)} median ${times[Math.floor(runs / 2)].toFixed(0)} ms  min ${times[0].toFixed(0)} ms`);
  }
}
main().finally(() => db.$disconnect());
