import type { Metadata } from "next";
import { readPageLocale } from "@/lib/i18n/params";
import { readEmbedTitle, renderPledgeEmbed } from "@/lib/embeds/render";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return readEmbedTitle({ slug: (await params).slug, locale: await readPageLocale(params) });
}

/** /embed/pledges/<slug>: the pledge's value against its target and its cumulative chart, for other sites' iframes. */
export default async function PledgeEmbedPage({ params }: Props) {
  const locale = await readPageLocale(params);
  return renderPledgeEmbed({ slug: (await params).slug, chart: "cumulative", locale });
}
