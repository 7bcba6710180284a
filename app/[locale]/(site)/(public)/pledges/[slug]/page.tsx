import type { Metadata } from "next";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { notFound } from "next/navigation";
import styles from "@/components/dashboard/dashboard.module.css";
import { BreakdownSection, CumulativeSection, YearFieldGrid, YearsSection } from "@/components/pledge/pledge-charts";
import { EvidenceBreakdown } from "@/components/pledge/evidence-breakdown";
import { Milestones, PledgeHeader, StatusHistory } from "@/components/pledge/pledge-header";
import { PledgeFreshnessLine } from "@/components/freshness/freshness";
import { PledgeReading } from "@/components/pledge/reading";
import { Pager } from "@/components/ui/pager";
import { UpdateList } from "@/components/updates/update-list";
import { getPledgeDetail, type PledgeDetail } from "@/lib/pledges/detail";
import { getPledgeSummary } from "@/lib/pledges/queries";
import { listPublicUpdates } from "@/lib/updates/public";
import { readPage } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { withAsOf, type AsOf } from "@/lib/as-of/day";
import { viewDetailAsOf } from "@/lib/as-of/detail";
import { listPublicUpdatesAsOf } from "@/lib/as-of/updates";
import { EmptyState } from "@/components/ui/badge";
import { EmbedThis } from "@/components/embeds/embed-this";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPledgeMetadata, listEmbedSnippets } from "@/lib/embeds/pledge-page";
import "./print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug), getPledgeSummary(slug)]);
  return pledge && summary ? buildPledgeMetadata({ pledge, summary, locale: await readPageLocale(params) }) : { title: "Pledge not found" };
}

export default async function PledgePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const page = readPage(query.page);
  const asOf = readPageAsOf(query);
  const day = asOf?.day;
  // Independent reads: the detail decides 404, the summary carries the computed pace.
  const [today, summary] = await Promise.all([getPledgeDetail(slug), getPledgeSummary(slug, { asOf })]);
  if (!today || !summary) notFound();
  const pledge = asOf ? viewDetailAsOf(today, summary, asOf) : today;
  const annualGrid = pledge.cadence === "ANNUAL" && pledge.fields.length > 0;
  return (
    <article>
      <PledgeHeader pledge={pledge} summary={summary} />
      <PledgeFreshnessLine slug={slug} />
      <EvidenceBreakdown pledge={{ id: pledge.id, measure: summary.measure, unit: summary.unit, value: summary.value }} />
      <p className="report-actions">
        <DownloadCsvLink report="updates-log" filters={{ pledge: slug, as_of: day }} label="Download this pledge's updates (CSV)" />
        <DownloadCsvLink report="annual-breakdown" filters={{ pledge: slug, as_of: day }} label="Annual breakdown (CSV)" />
        <a href={`/pledges/${slug}/feed.atom`}>Atom feed</a>
      </p>
      <EmbedThis snippets={listEmbedSnippets(pledge)} />
      <PledgeReading pledge={pledge} />
      <div className={`${styles.grid2} ${styles.section}`}>
        <section className={styles.panel} aria-labelledby="status-heading">
          <h2 id="status-heading">Status history</h2>
          <StatusHistory history={pledge.statusHistory} />
        </section>
        <section className={styles.panel} aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">Milestones</h2>
          <Milestones milestones={pledge.milestones} />
        </section>
      </div>
      <section className={styles.section} aria-labelledby="charts-heading">
        <h2 id="charts-heading">Progress</h2>
        <div className={styles.grid2}>
          {asOf ? null : (
            <Widget label="the cumulative chart">
              <CumulativeSection pledge={pledge} />
            </Widget>
          )}
          <Widget label="the per-year chart">
            <YearsSection pledge={pledge} asOfDay={day} />
          </Widget>
        </div>
        {annualGrid ? (
          <div className={`${styles.panel} ${styles.section}`}>
              <YearFieldGrid pledge={pledge} asOfDay={day} />
          </div>
        ) : null}
      </section>
      {asOf ? (
        <EmptyState>
          The monthly chart and the breakdowns by {pledge.fieldLabel}, region and country show today&apos;s figures only:{" "}
          <a href={`/pledges/${pledge.slug}`}>see them on today&apos;s page</a>.
        </EmptyState>
      ) : (
      <section className={styles.section} aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">Breakdowns</h2>
        <div className={styles.grid2}>
          {pledge.fields.length ? (
            <Widget label={`the ${pledge.fieldLabel} breakdown`}>
              <BreakdownSection pledge={pledge} by="field" />
            </Widget>
          ) : null}
          <Widget label="the region breakdown">
            <BreakdownSection pledge={pledge} by="region" />
          </Widget>
          <Widget label="the top countries">
            <BreakdownSection pledge={pledge} by="country" />
          </Widget>
        </div>
      </section>
      )}
      <section className={styles.section} aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Published updates</h2>
          <Timeline pledge={pledge} page={page} asOf={asOf} />
      </section>
    </article>
  );
}

// Rendered with the page, not streamed behind a skeleton: a streamed part stays hidden without JavaScript, and the
// page cache serves whole pages anyway (issue 15). `label` names what the panel holds.
function Widget({ children }: { label: string; children: React.ReactNode }) {
  return <div className={styles.panel}>{children}</div>;
}

async function Timeline({ pledge, page, asOf }: { pledge: PledgeDetail; page: number; asOf: AsOf | null }) {
  // Ten a page: the pledge page already carries its charts; the feed at /updates shows more at once.
  const filter = { pledge: pledge.slug, page, pageSize: 10 };
  const result = asOf ? await listPublicUpdatesAsOf(filter, asOf.day) : await listPublicUpdates(filter);
  return (
    <>
      <p className="muted">
        {result.total} published update{result.total === 1 ? "" : "s"}, newest first.
      </p>
      <UpdateList items={result.items} showPledge={false} empty="No updates have been published for this pledge yet. Progress starts at zero." />
      <Pager page={result.page} pageCount={result.pageCount} href={(p) => `${withAsOf(`/pledges/${pledge.slug}?page=${p}`, asOf?.day ?? null)}#timeline-heading`} />
    </>
  );
}
