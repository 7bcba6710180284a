import { EMBED_CHILD_SCRIPT_PATH } from "@/lib/embeds/script";

// Embeds are framed by other sites: the card only, without the site's header, footer and skip link.
const EMBED_CSS = "main{max-width:none;padding:0.5rem}";

// The resizer's child half is one small script of its own, not a client component: the page cache serves embeds
// without Next.js's client runtime (scriptFree in lib/page-cache/routes.ts), and keeps this script.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <script src={EMBED_CHILD_SCRIPT_PATH} async />
      <main>{children}</main>
    </>
  );
}
