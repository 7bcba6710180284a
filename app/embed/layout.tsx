import { ResizerChild } from "@/components/embeds/resizer-child";

// The embeds render inside the root layout; the site's header, footer and skip link are hidden here, so only the
// card shows in another site's iframe.
const EMBED_CSS = "body>header,body>footer,.skip-link{display:none}main{max-width:none;padding:0.5rem}";

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <ResizerChild />
      {children}
    </>
  );
}
