import { requireAsOf } from "@/lib/as-of/request";
import { readApiPledge } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeDetailSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => {
    const asOf = requireAsOf(new URL(request.url).searchParams);
    return apiJson(PledgeDetailSchema, await readApiPledge((await params).slug, asOf));
  });
}

export const OPTIONS = preflight;
