import { serveEmbedChildScript } from "@/lib/embeds/script";

export const dynamic = "force-static";

/** GET /embed-child.js: the child half of the iframe resizer, which every embed page loads. */
export function GET() {
  return serveEmbedChildScript();
}
