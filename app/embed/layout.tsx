import { ResizerChild } from "@/components/embeds/resizer-child";

// The embeds render inside the root layout; the site's header, footer and skip link are hidden here, so only the
// card shows in another site's iframe.
// !important: the header's own CSS-module class outranks an element selector.
const EMBED_CSS = "body>header,body>footer,body>.skip-link{display:none!important}main{max-width:none;padding:0.5rem}";

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <ResizerChild />
      {children}
    </>
  );
}
