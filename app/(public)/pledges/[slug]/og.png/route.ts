import { errorResponse, HttpError } from "@/lib/http/errors";
import { pngResponse, renderPledgeImage } from "@/lib/previews/og-image";

export const dynamic = "force-dynamic";

/** GET /pledges/<slug>/og.png: the pledge's 1200×630 link preview with its current figure. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const png = await renderPledgeImage(slug);
  return png ? pngResponse(png) : errorResponse(new HttpError(404, "not_found", `No pledge has the slug "${slug}".`));
}
