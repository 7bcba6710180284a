import { atomResponse, buildAtomFeed, toUpdateEntry } from "@/lib/feeds/atom";
import { listFeedUpdates } from "@/lib/feeds/queries";
import { errorResponse, HttpError } from "@/lib/http/errors";
import { getPledgeDetail } from "@/lib/pledges/detail";

export const dynamic = "force-dynamic";

/** GET /pledges/<slug>/feed.atom: the latest published updates of one pledge. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const pledge = await getPledgeDetail(slug);
  if (!pledge) return errorResponse(new HttpError(404, "not_found", `No pledge has the slug "${slug}".`));
  const updates = await listFeedUpdates({ pledge: slug });
  return atomResponse(
    buildAtomFeed({
      title: `${pledge.title}: published updates`,
      description: `Published progress updates on "${pledge.title}", newest first.`,
      path: `/pledges/${slug}/feed.atom`,
      page: `/pledges/${slug}`,
      entries: updates.map(toUpdateEntry),
    }),
  );
}
