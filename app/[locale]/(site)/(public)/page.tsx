import { DownloadCsvLink } from "@/components/reports/download-link";
import { Sparkline } from "@/components/charts/sparkline";
import { AnnouncementHeader } from "@/components/dashboard/announcement-header";
import styles from "@/components/dashboard/dashboard.module.css";
import { PledgeCard } from "@/components/dashboard/pledge-card";
import { PledgeFreshnessLine } from "@/components/freshness/freshness";
import { EmptyState } from "@/components/ui/badge";
import { getSparklines } from "@/lib/pledges/detail";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import type { AsOf } from "@/lib/as-of/day";
import { hasPublishedAsOf } from "@/lib/as-of/figures";
import type { SearchParams } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const asOf = readPageAsOf(await searchParams);
  const day = asOf?.day;
  return (
    <>
        <AnnouncementHeader />
      <section className={styles.section} aria-labelledby="pledges-heading">
        <h2 id="pledges-heading">The pledges</h2>
        <p className="report-actions">
          <DownloadCsvLink report="pledge-summary" filters={{ as_of: day }} label="Download the pledge summary (CSV)" />
          <DownloadCsvLink report="updates-log" filters={{ as_of: day }} label="All published updates (CSV)" />
        </p>
          <PledgeCards asOf={asOf} />
      </section>
    </>
  );
}

async function PledgeCards({ asOf }: { asOf: AsOf | null }) {
  const [pledges, published] = await Promise.all([getPledgeSummaries({ asOf }), asOf ? hasPublishedAsOf(asOf) : true]);
  if (pledges.length === 0) return <EmptyState>No pledges yet. Run <code>npm run db:seed</code> to load them.</EmptyState>;
  if (!published) return <EmptyState>The tracker had published nothing yet by the end of that day.</EmptyState>;
  return (
    <ul className={styles.cards}>
      {pledges.map((p) => (
        <PledgeCard key={p.slug} pledge={p} asOfDay={asOf?.day}>
          {asOf ? null : (
              <PledgeSparkline slug={p.slug} target={p.target} unit={p.unit} />
          )}
          {asOf ? null : <PledgeFreshnessLine slug={p.slug} compact />}
        </PledgeCard>
      ))}
    </ul>
  );
}

async function PledgeSparkline({ slug, target, unit }: { slug: string; target: number; unit: string }) {
  const line = (await getSparklines(new Date().toISOString().slice(0, 10)))[slug];
  return line ? <Sparkline months={line.months} values={line.values} target={target} unit={unit} /> : null;
}
