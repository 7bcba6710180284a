import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { buildPledgeMetadata, listEmbedSnippets } from "@/lib/embeds/pledge-page";
import "./print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await readPageLocale(params);
  const [pledge, summary] = await Promise.all([getPledgeDetail(slug, locale), getPledgeSummary(slug, { locale })]);
  return pledge && summary ? buildPledgeMetadata({ pledge, summary, locale }) : { title: (await getTranslations({ locale, namespace: "pledges.page" }))("notFound") };
}

export default async function PledgePage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "pledges.page" });
  const { slug } = await params;
  const query = await searchParams;
  const page = readPage(query.page);
  const asOf = readPageAsOf(query);
  const day = asOf?.day;
  // Independent reads: the detail decides 404, the summary carries the computed pace.
  const [today, summary] = await Promise.all([getPledgeDetail(slug, locale), getPledgeSummary(slug, { asOf, locale })]);
  if (!today || !summary) notFound();
  const pledge = asOf ? viewDetailAsOf(today, summary, asOf) : today;
  const annualGrid = pledge.cadence === "ANNUAL" && pledge.fields.length > 0;
  return (
    <article>
      <PledgeHeader pledge={pledge} summary={summary} />
      <PledgeFreshnessLine slug={slug} />
      <EvidenceBreakdown pledge={{ id: pledge.id, measure: summary.measure, unit: summary.unit, value: summary.value }} />
      <p className="report-actions">
        <DownloadCsvLink report="updates-log" filters={{ pledge: slug, as_of: day }} label={t("csvUpdates")} />
        <DownloadCsvLink report="annual-breakdown" filters={{ pledge: slug, as_of: day }} label={t("csvAnnual")} />
        <a href={`/pledges/${slug}/feed.atom`}>{t("atom")}</a>
      </p>
      <EmbedThis snippets={await listEmbedSnippets({ pledge, locale })} />
      <PledgeReading pledge={pledge} />
      <div className={`${styles.grid2} ${styles.section}`}>
        <section className={styles.panel} aria-labelledby="status-heading">
          <h2 id="status-heading">{t("statusHistory")}</h2>
          <StatusHistory history={pledge.statusHistory} />
        </section>
        <section className={styles.panel} aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">{t("milestones")}</h2>
          <Milestones milestones={pledge.milestones} />
        </section>
      </div>
      <section className={styles.section} aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t("progress")}</h2>
        <div className={styles.grid2}>
          {asOf ? null : (
            <Widget>
              <CumulativeSection pledge={pledge} />
            </Widget>
          )}
          <Widget>
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
          {t.rich("asOfNote", { field: pledge.fieldLabel, link: (c) => <a href={localizePath(`/pledges/${pledge.slug}`, locale)}>{c}</a> })}
        </EmptyState>
      ) : (
      <section className={styles.section} aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">{t("breakdowns")}</h2>
        <div className={styles.grid2}>
          {pledge.fields.length ? (
            <Widget>
              <BreakdownSection pledge={pledge} by="field" />
            </Widget>
          ) : null}
          <Widget>
            <BreakdownSection pledge={pledge} by="region" />
          </Widget>
          <Widget>
            <BreakdownSection pledge={pledge} by="country" />
          </Widget>
        </div>
      </section>
      )}
      <section className={styles.section} aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("timeline")}</h2>
          <Timeline pledge={pledge} page={page} asOf={asOf} locale={locale} />
      </section>
    </article>
  );
}

// Rendered with the page, not streamed behind a skeleton: a streamed part stays hidden without JavaScript, and the
// page cache serves whole pages anyway (issue 15).
function Widget({ children }: { children: React.ReactNode }) {
  return <div className={styles.panel}>{children}</div>;
}

async function Timeline({ pledge, page, asOf, locale }: { pledge: PledgeDetail; page: number; asOf: AsOf | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "pledges.page" });
  // Ten a page: the pledge page already carries its charts; the feed at /updates shows more at once.
  const filter = { pledge: pledge.slug, page, pageSize: 10 };
  const result = asOf ? await listPublicUpdatesAsOf(filter, asOf.day) : await listPublicUpdates(filter);
  return (
    <>
      <p className="muted">{t("timelineCount", { count: result.total })}</p>
      <UpdateList items={result.items} showPledge={false} empty={t("timelineEmpty")} />
      <Pager page={result.page} pageCount={result.pageCount} href={(p) => `${localizePath(withAsOf(`/pledges/${pledge.slug}?page=${p}`, asOf?.day ?? null), locale)}#timeline-heading`} />
    </>
  );
}
