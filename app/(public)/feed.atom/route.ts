import { atomResponse, buildAtomFeed, mergeAtomEntries, toUpdateEntry } from "@/lib/feeds/atom";
import { toChangeEntry } from "@/lib/feeds/changes";
import { FEED_SIZE, listFeedChanges, listFeedUpdates, SITE_FEED_CHANGE_KINDS } from "@/lib/feeds/queries";

export const dynamic = "force-dynamic";

/** GET /feed.atom: the latest published updates of every pledge and the latest public changes, newest first. */
export async function GET() {
  const [updates, changes] = await Promise.all([listFeedUpdates({}), listFeedChanges({ kinds: SITE_FEED_CHANGE_KINDS })]);
  return atomResponse(
    buildAtomFeed({
      title: "Pledge Tracker: published updates and changes",
      description: "Every published progress update and every public change (corrections, deletions, status changes, assessments, checks), newest first.",
      path: "/feed.atom",
      page: "/updates",
      entries: mergeAtomEntries([updates.map(toUpdateEntry), changes.map(toChangeEntry)], FEED_SIZE),
    }),
  );
}
