import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEntryView } from "@/components/changes/change-entry";
import styles from "@/components/changes/changes.module.css";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { EmptyState } from "@/components/ui/badge";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import uiStyles from "@/components/ui/ui.module.css";
import { labelChangeKind } from "@/lib/changes/labels";
import { changesFeedHref, changesHref, readChangeFilter, type ChangeFilter } from "@/lib/changes/params";
import { CHANGE_KINDS, listPublicChanges, resolveChangeFilter } from "@/lib/changes/queries";
import type { SearchParams } from "@/lib/http/params";
import { HttpError } from "@/lib/http/errors";
import { listPledgeOptions } from "@/lib/pledges/queries";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata, CHANGES_FEED_TITLE } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** Advertises the change log's Atom feed, with the same filters as the page. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const filter = readChangeFilter(await searchParams);
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.changes" });
  return buildPageMetadata({
    locale,
    title: t("title"),
    description: t("metaDescription"),
    path: "/changes",
    feed: { url: changesFeedHref(filter), title: CHANGES_FEED_TITLE },
  });
}

const PAGE_SIZE = 25;

export default async function ChangesPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.changes" });
  const filter = readChangeFilter(await searchParams);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="report-actions">
        <DownloadCsvLink report="changes" filters={{ pledge: filter.pledge, kind: filter.kind }} label={t("download")} />
        <a href="/api/v1/changes">{t("api")}</a>
        <a href={changesFeedHref(filter)} type="application/atom+xml">{t("feed")}</a>
      </p>
      <Filters filter={filter} locale={locale} />
      <Log filter={filter} locale={locale} />
    </>
  );
}

async function Filters({ filter, locale }: { filter: ChangeFilter; locale: Locale }) {
  const [pledges, t] = await Promise.all([listPledgeOptions(locale), getTranslations({ locale, namespace: "public.changes" })]);
  return (
    <FilterForm action={localizePath("/changes", locale)} label={t("filterLabel")} submit={t("apply")}>
      <FilterSelect name="pledge" label={t("pledge")} anyLabel={t("allPledges")} value={filter.pledge} options={pledges.map((p) => ({ value: p.slug, label: p.title }))} />
      <FilterSelect name="kind" label={t("kind")} anyLabel={t("allKinds")} value={filter.kind} options={CHANGE_KINDS.map((k) => ({ value: k.toLowerCase(), label: labelChangeKind(k, locale) }))} />
    </FilterForm>
  );
}

async function Log({ filter, locale }: { filter: ChangeFilter; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "public.changes" });
  let resolved;
  try {
    resolved = await resolveChangeFilter(filter);
  } catch (error) {
    // The filter names a pledge that does not exist (readChangeFilter already dropped unknown kinds).
    if (error instanceof HttpError) return <EmptyState>{error.fields?.pledge ? t("unknownPledge", { slug: filter.pledge ?? "" }) : error.message}</EmptyState>;
    throw error;
  }
  const page = await listPublicChanges({ ...resolved, before: filter.before, limit: PAGE_SIZE });
  const filtered = Boolean(filter.pledge || filter.kind);
  if (page.items.length === 0) {
    return <EmptyState>{t(filter.before ? "noOlder" : filtered ? "noMatch" : "nothing")}</EmptyState>;
  }
  return (
    <>
      <ol className={styles.list} aria-label={t("listLabel")}>
        {page.items.map((entry) => (
          <li key={entry.id}>
            <ChangeEntryView entry={entry} />
          </li>
        ))}
      </ol>
      <nav className={uiStyles.pager} aria-label={t("pages")}>
        {filter.before ? <a href={localizePath(changesHref({ ...filter, before: undefined }), locale)}>{t("newest")}</a> : null}
        {page.nextCursor ? (
          <a href={localizePath(changesHref({ ...filter, before: page.nextCursor }), locale)} rel="next">
            {t("older")}
          </a>
        ) : null}
      </nav>
    </>
  );
}
