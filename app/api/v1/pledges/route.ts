import { listApiPledges } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeListSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET() {
  return handleApi(async () => apiJson(PledgeListSchema, { items: await listApiPledges() }));
}

export const OPTIONS = preflight;
