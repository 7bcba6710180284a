import { serveEmbedScript } from "@/lib/embeds/script";

export const dynamic = "force-static";

/** GET /embed.js: the parent half of the iframe resizer, for pages that embed a pledge. */
export function GET() {
  return serveEmbedScript();
}
