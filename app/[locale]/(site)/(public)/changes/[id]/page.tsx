import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeEntryView } from "@/components/changes/change-entry";
import { getPublicChange } from "@/lib/changes/queries";
import { changesFeedHref, readRecordId } from "@/lib/changes/params";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata, CHANGES_FEED_TITLE } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  if (!entry) return { title: "Change not found" };
  return buildPageMetadata({
    locale: await readPageLocale(params),
    title: `Change ${entry.id}: ${entry.summary}`,
    description: "One entry of the public change log: what changed, before and after, and why.",
    path: `/changes/${entry.id}`,
    feed: { url: changesFeedHref({}), title: CHANGES_FEED_TITLE },
  });
}

/** The permalink of one change-log entry. */
export default async function ChangePage({ params }: Props) {
  const id = readRecordId((await params).id);
  const entry = id ? await getPublicChange(id) : null;
  if (!entry) notFound();
  return (
    <>
      <h1>Change {entry.id}</h1>
      <ChangeEntryView entry={entry} />
      <p>
        <a href="/changes">← The whole change log</a>
      </p>
    </>
  );
}
