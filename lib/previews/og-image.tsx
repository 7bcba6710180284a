import { ImageResponse } from "next/og";
import { formatNumber, formatPercent } from "@/components/ui/format";
import { cachePublicRead } from "@/lib/cache";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { OG_IMAGE_SIZE, SITE_DESCRIPTION, SITE_NAME } from "./metadata";

const COLORS = { bg: "#ffffff", fg: "#1a1a2e", muted: "#5a5a6e", accent: "#1d4ed8", track: "#e5e7eb" };

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: COLORS.bg, color: COLORS.fg }}>
      {children}
      <div style={{ display: "flex", fontSize: 28, color: COLORS.muted }}>{SITE_NAME}</div>
    </div>
  );
}

async function renderPng(element: React.ReactElement): Promise<ArrayBuffer> {
  return new ImageResponse(element, OG_IMAGE_SIZE).arrayBuffer();
}

/**
 * A pledge's 1200×630 link preview: its title, value against the target and a progress bar. Rendered once per
 * public-data version (and cached by the page cache the same way); null for an unknown pledge.
 */
export const renderPledgeImage = cachePublicRead("og-pledge", async (slug: string): Promise<ArrayBuffer | null> => {
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug), getPledgeSummary(slug)]);
  if (!pledge || !summary) return null;
  const percent = Math.min(100, Math.max(0, summary.percentComplete ?? 0));
  return renderPng(
    <Frame>
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, lineHeight: 1.15 }}>{pledge.title}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ display: "flex", alignItems: "baseline", gap: 20 }}>
          <span style={{ fontSize: 96, fontWeight: 700, color: COLORS.accent }}>{formatNumber(summary.counted)}</span>
          <span style={{ fontSize: 40 }}>
            of {formatNumber(pledge.target)} {pledge.unit} · {formatPercent(summary.percentComplete)}
          </span>
        </div>
        <div style={{ display: "flex", width: "100%", height: 36, borderRadius: 18, background: COLORS.track }}>
          <div style={{ display: "flex", width: `${percent}%`, height: 36, borderRadius: 18, background: COLORS.accent }} />
        </div>
      </div>
    </Frame>,
  );
});

/** The site's own preview image, for pages without one of their own. */
export const renderSiteImage = cachePublicRead("og-site", async (): Promise<ArrayBuffer> =>
  renderPng(
    <Frame>
      <div style={{ display: "flex", fontSize: 80, fontWeight: 700 }}>{SITE_NAME}</div>
      <div style={{ display: "flex", fontSize: 44, color: COLORS.muted }}>{SITE_DESCRIPTION}</div>
    </Frame>,
  ),
);

export function pngResponse(png: ArrayBuffer): Response {
  return new Response(png, { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" } });
}
