import { pngResponse, renderSiteImage } from "@/lib/previews/og-image";

export const dynamic = "force-dynamic";

/** GET /og.png: the site's 1200×630 link preview. */
export async function GET() {
  return pngResponse(await renderSiteImage());
}
