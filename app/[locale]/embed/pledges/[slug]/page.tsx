import type { Metadata } from "next";
import { readEmbedTitle, renderPledgeEmbed } from "@/lib/embeds/render";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return readEmbedTitle((await params).slug);
}

/** /embed/pledges/<slug>: the pledge's value against its target and its cumulative chart, for other sites' iframes. */
export default async function PledgeEmbedPage({ params }: Props) {
  return renderPledgeEmbed((await params).slug, "cumulative");
}
