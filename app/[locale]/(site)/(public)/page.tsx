import { getTranslations } from "next-intl/server";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { Sparkline } from "@/components/charts/sparkline";
import { AnnouncementHeader } from "@/components/dashboard/announcement-header";
import styles from "@/components/dashboard/dashboard.module.css";
import { PledgeCard } from "@/components/dashboard/pledge-card";
import { PledgeFreshnessLine } from "@/components/freshness/freshness";
import { EmptyState } from "@/components/ui/badge";
import { getSparklines } from "@/lib/pledges/detail";
import { readRequestLocale } from "@/lib/i18n/params";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import type { AsOf } from "@/lib/as-of/day";
import { hasPublishedAsOf } from "@/lib/as-of/figures";
import type { SearchParams } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { readPageLocale } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "pledges.overview" });
  const asOf = readPageAsOf(await searchParams);
  const day = asOf?.day;
  return (
    <>
        <AnnouncementHeader />
      <section className={styles.section} aria-labelledby="pledges-heading">
        <h2 id="pledges-heading">{t("heading")}</h2>
        <p className="report-actions">
          <DownloadCsvLink report="pledge-summary" filters={{ as_of: day }} label={t("csvSummary")} />
          <DownloadCsvLink report="updates-log" filters={{ as_of: day }} label={t("csvUpdates")} />
        </p>
          <PledgeCards asOf={asOf} locale={locale} />
      </section>
    </>
  );
}

async function PledgeCards({ asOf, locale }: { asOf: AsOf | null; locale: Locale }) {
  const [pledges, published, t] = await Promise.all([getPledgeSummaries({ asOf, locale }), asOf ? hasPublishedAsOf(asOf) : true, getTranslations({ locale, namespace: "pledges.overview" })]);
  if (pledges.length === 0) return <EmptyState>{t.rich("empty", { code: (c) => <code>{c}</code> })}</EmptyState>;
  if (!published) return <EmptyState>{t("nothingAsOf")}</EmptyState>;
  return (
    <ul className={styles.cards}>
      {pledges.map((p) => (
        <PledgeCard key={p.slug} pledge={p} asOfDay={asOf?.day}>
          {asOf ? null : (
              <PledgeSparkline slug={p.slug} target={p.target} unit={p.unit} />
          )}
          <PledgeFreshnessLine slug={p.slug} compact asOf={asOf} />
        </PledgeCard>
      ))}
    </ul>
  );
}

async function PledgeSparkline({ slug, target, unit }: { slug: string; target: number; unit: string }) {
  const line = (await getSparklines(new Date().toISOString().slice(0, 10)))[slug];
  return line ? <Sparkline months={line.months} values={line.values} target={target} unit={unit} locale={await readRequestLocale()} /> : null;
}
