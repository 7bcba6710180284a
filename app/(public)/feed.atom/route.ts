import { atomResponse, buildUpdatesFeed } from "@/lib/feeds/atom";
import { listFeedUpdates } from "@/lib/feeds/queries";

export const dynamic = "force-dynamic";

/** GET /feed.atom: the latest published updates of every pledge. */
export async function GET() {
  const updates = await listFeedUpdates({});
  return atomResponse(
    buildUpdatesFeed({ title: "Pledge Tracker: published updates", description: "Every published progress update, newest first.", path: "/feed.atom", page: "/updates", updates }),
  );
}
