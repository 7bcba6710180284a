import { requireAsOf } from "@/lib/as-of/request";
import { requireLang } from "@/lib/http/lang";
import { readApiPledge } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeDetailSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => {
    const search = new URL(request.url).searchParams;
    const asOf = requireAsOf(search);
    return apiJson(PledgeDetailSchema, await readApiPledge((await params).slug, asOf, requireLang(search)));
  });
}

export const OPTIONS = preflight;
