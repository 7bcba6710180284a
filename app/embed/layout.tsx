import { EMBED_CHILD_SCRIPT_PATH } from "@/lib/embeds/script";

// The embeds render inside the root layout; the site's header, footer and skip link are hidden here, so only the
// card shows in another site's iframe.
// !important: the header's own CSS-module class outranks an element selector.
const EMBED_CSS = "body>header,body>footer,body>.skip-link{display:none!important}main{max-width:none;padding:0.5rem}";

// The resizer's child half is one small script of its own, not a client component: the page cache serves embeds
// without Next.js's client runtime (scriptFree in lib/page-cache/routes.ts), and keeps this script.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <script src={EMBED_CHILD_SCRIPT_PATH} async />
      {children}
    </>
  );
}
