import { requireAsOf } from "@/lib/as-of/request";
import { requireLang } from "@/lib/http/lang";
import { listApiPledges } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeListSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(async () => {
    const search = new URL(request.url).searchParams;
    return apiJson(PledgeListSchema, { items: await listApiPledges(requireAsOf(search), requireLang(search)) });
  });
}

export const OPTIONS = preflight;
