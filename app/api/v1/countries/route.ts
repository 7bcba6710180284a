import { requireAsOf } from "@/lib/as-of/request";
import { requireLang } from "@/lib/http/lang";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { countriesQuery, CountryListSchema } from "@/lib/api/schemas";
import { listCountryReach } from "@/lib/countries/reach";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(async () => {
    const search = new URL(request.url).searchParams;
    const asOf = requireAsOf(search);
    const locale = requireLang(search);
    const query = parseQuery(countriesQuery, search);
    const developing = query.developing === undefined ? undefined : query.developing === "true";
    return apiJson(CountryListSchema, { items: await listCountryReach({ region: query.region, developing, asOf, locale }) });
  });
}

export const OPTIONS = preflight;
