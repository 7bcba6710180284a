import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getLabels } from "@/lib/i18n/labels";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { UpdateList } from "@/components/updates/update-list";
import { readUpdateFilter, type SearchParams } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { withAsOf, type AsOf } from "@/lib/as-of/day";
import { listPublicUpdatesAsOf } from "@/lib/as-of/updates";
import { listPledgeOptions } from "@/lib/pledges/queries";
import { listPublicUpdates, type UpdateFilter } from "@/lib/updates/public";
import { listReachedCountries } from "@/lib/countries/options";
import { EVIDENCE_LEVELS } from "@/lib/evidence/level";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.updates" });
  return buildPageMetadata({ locale, title: t("title"), description: t("metaDescription"), path: "/updates" });
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export default async function UpdatesPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.updates" });
  const query = await searchParams;
  const filter = readUpdateFilter(query);
  const asOf = readPageAsOf(query);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="report-actions">
        <DownloadCsvLink report="updates-log" filters={{ pledge: filter.pledge, country: filter.country, level: filter.level, as_of: asOf?.day }} label={t("download")} />
      </p>
      <Filters filter={filter} asOf={asOf} locale={locale} />
      <Feed filter={filter} asOf={asOf} locale={locale} />
    </>
  );
}

async function Filters({ filter, asOf, locale }: { filter: UpdateFilter; asOf: AsOf | null; locale: Locale }) {
  const [pledges, countries, t] = await Promise.all([listPledgeOptions(locale), listReachedCountries(locale), getTranslations({ locale, namespace: "public.updates" })]);
  const labels = getLabels(locale);
  return (
    <FilterForm action={localizePath("/updates", locale)} label={t("filterLabel")} submit={t("apply")} keep={{ as_of: asOf?.day }}>
      <FilterSelect name="pledge" label={t("pledge")} anyLabel={t("allPledges")} value={filter.pledge} options={pledges.map((p) => ({ value: p.slug, label: p.title }))} />
      <FilterSelect name="country" label={t("country")} anyLabel={t("allCountries")} value={filter.country} options={countries.map((c) => ({ value: c.iso3, label: c.name }))} />
      <FilterSelect name="level" label={t("evidence")} anyLabel={t("anyLevel")} value={filter.level} options={EVIDENCE_LEVELS.map((level) => ({ value: level, label: labels(`evidenceLevel.${level}`) }))} />
    </FilterForm>
  );
}

async function Feed({ filter, asOf, locale }: { filter: UpdateFilter; asOf: AsOf | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "public.updates" });
  const result = asOf ? await listPublicUpdatesAsOf(filter, asOf.day) : await listPublicUpdates(filter);
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filter.pledge) q.set("pledge", filter.pledge);
    if (filter.country) q.set("country", filter.country);
    if (filter.level) q.set("level", filter.level);
    q.set("page", String(page));
    return localizePath(withAsOf(`/updates?${q}`, asOf?.day ?? null), locale);
  };
  const filtered = Boolean(filter.pledge || filter.country || filter.level);
  return (
    <>
      {/* Each update's title is an h3: this keeps the outline without a skipped level. */}
      <h2 className="visually-hidden">{t("heading")}</h2>
      <p className="muted" aria-live="polite">
        {t(filtered ? "countFiltered" : "count", { count: result.total })}
      </p>
      <UpdateList items={result.items} showPledge empty={t(filtered ? "emptyFiltered" : "empty")} />
      <Pager page={result.page} pageCount={result.pageCount} href={href} />
    </>
  );
}
