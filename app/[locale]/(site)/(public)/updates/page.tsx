import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getLabels } from "@/lib/i18n/labels";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { Pager } from "@/components/ui/pager";
import { UpdateList } from "@/components/updates/update-list";
import styles from "@/components/updates/updates.module.css";
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
    <form method="get" action={localizePath("/updates", locale)} className={styles.filters} aria-label={t("filterLabel")}>
      {asOf ? <input type="hidden" name="as_of" value={asOf.day} /> : null}
      <label>
        {t("pledge")}
        <select name="pledge" defaultValue={filter.pledge ?? ""}>
          <option value="">{t("allPledges")}</option>
          {pledges.map((p) => (
            <option key={p.slug} value={p.slug}>{p.title}</option>
          ))}
        </select>
      </label>
      <label>
        {t("country")}
        <select name="country" defaultValue={filter.country ?? ""}>
          <option value="">{t("allCountries")}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>{c.name}</option>
          ))}
        </select>
      </label>
      <label>
        {t("evidence")}
        <select name="level" defaultValue={filter.level ?? ""}>
          <option value="">{t("anyLevel")}</option>
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>{labels(`evidenceLevel.${level}`)}</option>
          ))}
        </select>
      </label>
      <button type="submit">{t("apply")}</button>
    </form>
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
