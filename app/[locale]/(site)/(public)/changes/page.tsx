import type { Metadata } from "next";
import { ChangeEntryView } from "@/components/changes/change-entry";
import styles from "@/components/changes/changes.module.css";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { EmptyState } from "@/components/ui/badge";
import updateStyles from "@/components/updates/updates.module.css";
import uiStyles from "@/components/ui/ui.module.css";
import { KIND_LABELS } from "@/lib/changes/labels";
import { changesFeedHref, changesHref, readChangeFilter, type ChangeFilter } from "@/lib/changes/params";
import { CHANGE_KINDS, listPublicChanges, resolveChangeFilter } from "@/lib/changes/queries";
import type { SearchParams } from "@/lib/http/params";
import { HttpError } from "@/lib/http/errors";
import { listPledgeOptions } from "@/lib/pledges/queries";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata, CHANGES_FEED_TITLE } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** Advertises the change log's Atom feed, with the same filters as the page. */
export async function generateMetadata({ params, searchParams }: Props & { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const filter = readChangeFilter(await searchParams);
  return buildPageMetadata({
    locale: await readPageLocale(params),
    title: "Change log",
    description: "Every change to what this tracker publishes: corrections with what they changed and why, deletions, status changes.",
    path: "/changes",
    feed: { url: changesFeedHref(filter), title: CHANGES_FEED_TITLE },
  });
}

const PAGE_SIZE = 25;

export default async function ChangesPage({ searchParams }: Props) {
  const filter = readChangeFilter(await searchParams);
  return (
    <>
      <h1>Change log</h1>
      <p>
        Every change to what this tracker publishes, newest first: publications, corrections with what they changed and
        why, deletions with the reason, status changes, final assessments, editors&apos; &ldquo;checked, nothing new&rdquo;
        notes, and edits to a pledge&apos;s definition. Drafts and internal notes never appear here.
      </p>
      <p className="report-actions">
        <DownloadCsvLink report="changes" filters={{ pledge: filter.pledge, kind: filter.kind }} label="Download this log (CSV)" />
        <a href="/api/v1/changes">JSON API</a>
        <a href={changesFeedHref(filter)} type="application/atom+xml">Atom feed</a>
      </p>
      <Filters filter={filter} />
      <Log filter={filter} />
    </>
  );
}

async function Filters({ filter }: { filter: ChangeFilter }) {
  const pledges = await listPledgeOptions();
  return (
    <form method="get" action="/changes" className={updateStyles.filters} aria-label="Filter changes">
      <label>
        Pledge
        <select name="pledge" defaultValue={filter.pledge ?? ""}>
          <option value="">All pledges</option>
          {pledges.map((p) => (
            <option key={p.slug} value={p.slug}>{p.title}</option>
          ))}
        </select>
      </label>
      <label>
        Kind of change
        <select name="kind" defaultValue={filter.kind ?? ""}>
          <option value="">All kinds</option>
          {CHANGE_KINDS.map((k) => (
            <option key={k} value={k.toLowerCase()}>{KIND_LABELS[k]}</option>
          ))}
        </select>
      </label>
      <button type="submit">Apply filters</button>
    </form>
  );
}

async function Log({ filter }: { filter: ChangeFilter }) {
  let resolved;
  try {
    resolved = await resolveChangeFilter(filter);
  } catch (error) {
    if (error instanceof HttpError) return <EmptyState>{error.message}</EmptyState>;
    throw error;
  }
  const page = await listPublicChanges({ ...resolved, before: filter.before, limit: PAGE_SIZE });
  const filtered = Boolean(filter.pledge || filter.kind);
  if (page.items.length === 0) {
    return <EmptyState>{filter.before ? "No older changes." : filtered ? "No change matches these filters." : "Nothing has been published yet."}</EmptyState>;
  }
  return (
    <>
      <ol className={styles.list} aria-label="Changes, newest first">
        {page.items.map((entry) => (
          <li key={entry.id}>
            <ChangeEntryView entry={entry} />
          </li>
        ))}
      </ol>
      <nav className={uiStyles.pager} aria-label="Pages">
        {filter.before ? <a href={changesHref({ ...filter, before: undefined })}>← Newest changes</a> : null}
        {page.nextCursor ? (
          <a href={changesHref({ ...filter, before: page.nextCursor })} rel="next">
            Older changes →
          </a>
        ) : null}
      </nav>
    </>
  );
}
