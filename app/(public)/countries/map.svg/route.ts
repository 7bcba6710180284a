import { cachePublicRead } from "@/lib/cache";
import { getCountryLedger } from "@/lib/countries/queries";
import { renderChoropleth } from "@/lib/countries/map";

export const dynamic = "force-dynamic";

const readMap = cachePublicRead("country-map", async (): Promise<string> => {
  const ledger = await getCountryLedger();
  return renderChoropleth(new Map(ledger.rows.map((r) => [r.iso3, r.pledges.length])));
});

/** The choropleth as an image, so the ledger page stays light; the table on that page carries the same data. */
export async function GET() {
  return new Response(await readMap(), { headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "no-store" } });
}
