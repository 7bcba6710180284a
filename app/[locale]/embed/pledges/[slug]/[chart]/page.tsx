import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isEmbedChart } from "@/lib/embeds/embeds";
import { readEmbedTitle, renderPledgeEmbed } from "@/lib/embeds/render";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; chart: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return readEmbedTitle((await params).slug);
}

/** /embed/pledges/<slug>/<chart>: one of the pledge page's charts (lib/embeds/embeds.ts lists them). */
export default async function PledgeChartEmbedPage({ params }: Props) {
  const { slug, chart } = await params;
  if (!isEmbedChart(chart)) notFound();
  return renderPledgeEmbed(slug, chart);
}
