import type { Metadata } from "next";
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
import { EVIDENCE_LEVELS, LEVEL_LABELS } from "@/lib/evidence/level";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return buildPageMetadata({ locale: await readPageLocale(params), title: "Recent updates", description: "Every published progress update, with its evidence.", path: "/updates" });
}

type Props = { searchParams: Promise<SearchParams> };

export default async function UpdatesPage({ searchParams }: Props) {
  const query = await searchParams;
  const filter = readUpdateFilter(query);
  const asOf = readPageAsOf(query);
  return (
    <>
      <h1>Recent updates</h1>
      <p>Every published progress update across the pledges, newest first, with its evidence.</p>
      <p className="report-actions">
        <DownloadCsvLink report="updates-log" filters={{ pledge: filter.pledge, country: filter.country, level: filter.level, as_of: asOf?.day }} label="Download these updates (CSV)" />
      </p>
        <Filters filter={filter} asOf={asOf} />
        <Feed filter={filter} asOf={asOf} />
    </>
  );
}

async function Filters({ filter, asOf }: { filter: UpdateFilter; asOf: AsOf | null }) {
  const [pledges, countries] = await Promise.all([listPledgeOptions(), listReachedCountries()]);
  return (
    <form method="get" action="/updates" className={styles.filters} aria-label="Filter updates">
      {asOf ? <input type="hidden" name="as_of" value={asOf.day} /> : null}
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
        Country
        <select name="country" defaultValue={filter.country ?? ""}>
          <option value="">All countries</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>{c.name}</option>
          ))}
        </select>
      </label>
      <label>
        Evidence
        <select name="level" defaultValue={filter.level ?? ""}>
          <option value="">Any evidence level</option>
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>{LEVEL_LABELS[level]}</option>
          ))}
        </select>
      </label>
      <button type="submit">Apply filters</button>
    </form>
  );
}

async function Feed({ filter, asOf }: { filter: UpdateFilter; asOf: AsOf | null }) {
  const result = asOf ? await listPublicUpdatesAsOf(filter, asOf.day) : await listPublicUpdates(filter);
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filter.pledge) q.set("pledge", filter.pledge);
    if (filter.country) q.set("country", filter.country);
    if (filter.level) q.set("level", filter.level);
    q.set("page", String(page));
    return withAsOf(`/updates?${q}`, asOf?.day ?? null);
  };
  const filtered = Boolean(filter.pledge || filter.country || filter.level);
  return (
    <>
      {/* Each update's title is an h3: this keeps the outline without a skipped level. */}
      <h2 className="visually-hidden">Published updates</h2>
      <p className="muted" aria-live="polite">
        {result.total} published update{result.total === 1 ? "" : "s"}{filtered ? " match these filters" : ""}.
      </p>
      <UpdateList
        items={result.items}
        showPledge
        empty={filtered ? "No published update matches these filters." : "No updates have been published yet. Real progress starts at zero."}
      />
      <Pager page={result.page} pageCount={result.pageCount} href={href} />
    </>
  );
}
