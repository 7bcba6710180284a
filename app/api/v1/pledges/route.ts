import { requireAsOf } from "@/lib/as-of/request";
import { listApiPledges } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeListSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(async () => apiJson(PledgeListSchema, { items: await listApiPledges(requireAsOf(new URL(request.url).searchParams)) }));
}

export const OPTIONS = preflight;
