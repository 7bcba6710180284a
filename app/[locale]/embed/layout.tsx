import { ResizerChild } from "@/components/embeds/resizer-child";

// Embeds are framed by other sites: the card only, without the site's header, footer and skip link.
const EMBED_CSS = "main{max-width:none;padding:0.5rem}";

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{EMBED_CSS}</style>
      <ResizerChild />
      <main>{children}</main>
    </>
  );
}
