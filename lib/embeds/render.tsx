import { notFound } from "next/navigation";
import { EmbedCard } from "@/components/embeds/embed-card";
import { BreakdownSection, CumulativeSection, YearsSection } from "@/components/pledge/pledge-charts";
import { absoluteUrl, today } from "@/lib/open-data/live";
import { getPledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import type { EmbedChart } from "./embeds";

/** An embed page: the pledge card with one of the pledge page's own charts (not restyled). */
export async function renderPledgeEmbed(slug: string, chart: EmbedChart) {
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug), getPledgeSummary(slug)]);
  if (!pledge || !summary || (chart === "field" && pledge.fields.length === 0)) notFound();
  const section =
    chart === "cumulative" ? <CumulativeSection pledge={pledge} />
    : chart === "years" ? <YearsSection pledge={pledge} />
    : <BreakdownSection pledge={pledge} by={chart} />;
  return (
    <EmbedCard pledge={pledge} summary={summary} href={absoluteUrl(`/pledges/${pledge.slug}`)} asOf={today()}>
      {section}
    </EmbedCard>
  );
}

export async function readEmbedTitle(slug: string) {
  const pledge = await getPledgeDetail(slug);
  return pledge ? { title: `${pledge.title} (embed)`, robots: { index: false } } : { title: "Pledge not found" };
}
