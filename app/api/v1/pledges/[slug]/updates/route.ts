import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { UpdatePageSchema, updatesQuery } from "@/lib/api/schemas";
import { readApiUpdatePage } from "@/lib/api/updates";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => {
    const { slug } = await params;
    const query = parseQuery(updatesQuery, new URL(request.url).searchParams);
    return apiJson(UpdatePageSchema, await readApiUpdatePage(slug, query));
  });
}

export const OPTIONS = preflight;
