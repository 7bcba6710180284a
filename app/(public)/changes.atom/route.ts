import { KIND_LABELS } from "@/lib/changes/labels";
import { changesFeedHref, changesHref, readChangeFilter } from "@/lib/changes/params";
import { resolveChangeFilter } from "@/lib/changes/queries";
import { atomResponse, buildAtomFeed } from "@/lib/feeds/atom";
import { toChangeEntry } from "@/lib/feeds/changes";
import { listFeedChanges } from "@/lib/feeds/queries";
import { errorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** GET /changes.atom[?pledge=<slug>&kind=<kind>]: the latest entries of the public change log, read as /changes reads its filters. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  // First values, as readParam takes them (and the page cache keys them).
  const filter = readChangeFilter({ pledge: query.get("pledge") ?? undefined, kind: query.get("kind") ?? undefined });
  let resolved;
  try {
    resolved = await resolveChangeFilter(filter);
  } catch (error) {
    return errorResponse(error);
  }
  const changes = await listFeedChanges(resolved);
  const scope = [filter.pledge, resolved.kinds ? KIND_LABELS[resolved.kinds[0]] : null].filter(Boolean);
  return atomResponse(
    buildAtomFeed({
      title: `Pledge Tracker: change log${scope.length ? ` (${scope.join(", ")})` : ""}`,
      description: "Every change to what this tracker publishes, newest first: what changed, before and after, and why.",
      path: changesFeedHref(filter),
      page: changesHref({ pledge: filter.pledge, kind: filter.kind }),
      entries: changes.map(toChangeEntry),
    }),
  );
}
