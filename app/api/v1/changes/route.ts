import { ChangePageSchema, changesQuery, readApiChangePage } from "@/lib/api/changes";
import { apiJson, handleApi, preflight } from "@/lib/api/respond";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(async () => {
    const query = parseQuery(changesQuery, new URL(request.url).searchParams);
    return apiJson(ChangePageSchema, await readApiChangePage(query));
  });
}

export const OPTIONS = preflight;
