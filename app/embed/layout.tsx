// The embeds render inside the root layout; the site's header, footer and skip link are hidden here, so only the
// card shows in another site's iframe.
// !important: the header's own CSS-module class outranks an element selector.
const EMBED_CSS = "body>header,body>footer,body>.skip-link{display:none!important}main{max-width:none;padding:0.5rem}";

// The iframe resizer's child half: /embed.js is @open-iframe-resizer/core's browser build, which starts its child
// listener on load when framed (the parent half it also holds finds no iframe here). A plain script, not a client
// component, so the page cache keeps the embed without Next.js's runtime (lib/page-cache/script-free.ts).
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <script src="/embed.js" async />
      {children}
    </>
  );
}
