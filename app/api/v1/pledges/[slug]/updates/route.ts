import { requireAsOf } from "@/lib/as-of/request";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { UpdatePageSchema, updatesQuery } from "@/lib/api/schemas";
import { readApiUpdatePage } from "@/lib/api/updates";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => {
    const { slug } = await params;
    const search = new URL(request.url).searchParams;
    const asOf = requireAsOf(search);
    const query = parseQuery(updatesQuery, search);
    return apiJson(UpdatePageSchema, await readApiUpdatePage(slug, query, asOf));
  });
}

export const OPTIONS = preflight;
