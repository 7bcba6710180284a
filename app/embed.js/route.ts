import { serveEmbedScript } from "@/lib/embeds/script";

export const dynamic = "force-static";

/** GET /embed.js: the iframe resizer, for pages that embed a pledge (parent half) and for the embeds (child half). */
export function GET() {
  return serveEmbedScript();
}
