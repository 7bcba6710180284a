// Embeds are framed by other sites: the card only, without the site's header, footer and skip link.
const EMBED_CSS = "main{max-width:none;padding:0.5rem}";

// The iframe resizer's child half: /embed.js is @open-iframe-resizer/core's browser build, which starts its child
// listener on load when framed (the parent half it also holds finds no iframe here). A plain script, not a client
// component, so the page cache keeps the embed without Next.js's runtime (lib/page-cache/script-free.ts).
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <script src="/embed.js" async />
      <main>{children}</main>
    </>
  );
}
