import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangeEntryView } from "@/components/changes/change-entry";
import { getPublicChange } from "@/lib/changes/queries";
import { changesFeedHref, readRecordId } from "@/lib/changes/params";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata, CHANGES_FEED_TITLE } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.change" });
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  if (!entry) return { title: t("notFound") };
  return buildPageMetadata({
    locale,
    title: t("metaTitle", { id: entry.id, summary: entry.summary }),
    description: t("metaDescription"),
    path: `/changes/${entry.id}`,
    feed: { url: changesFeedHref({}), title: CHANGES_FEED_TITLE },
  });
}

/** The permalink of one change-log entry. */
export default async function ChangePage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.change" });
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  if (!entry) notFound();
  return (
    <>
      <h1>{t("title", { id: entry.id })}</h1>
      <ChangeEntryView entry={entry} />
      <p>
        <a href={localizePath("/changes", locale)}>{t("wholeLog")}</a>
      </p>
    </>
  );
}
