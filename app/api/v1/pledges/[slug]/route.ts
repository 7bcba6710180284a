import { readApiPledge } from "@/lib/api/pledges";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { PledgeDetailSchema } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => apiJson(PledgeDetailSchema, await readApiPledge((await params).slug)));
}

export const OPTIONS = preflight;
