import { Feed } from "feed";
import { formatNumber } from "@/components/ui/format";
import { LEVEL_LABELS } from "@/lib/evidence/level";
import { evidenceLocator, internalNoticeText } from "@/lib/evidence/public";
import { absoluteUrl } from "@/lib/open-data/live";
import { SITE_NAME } from "@/lib/previews/metadata";
import type { FeedUpdate } from "./queries";

// A feed with no entries still needs a fixed `updated`, or every rendering would differ: the announcement's day.
const EPOCH = new Date("2017-09-26T00:00:00Z");

/**
 * Atom ids are tag URIs (RFC 4151) on this site's host: an update keeps its id for good, whichever feed shows it and
 * however often the feed is rendered; a correction changes its `updated`, not its id.
 */
export function buildTagId(path: string): string {
  return `tag:${new URL(absoluteUrl("/")).hostname},2017:${path}`;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line that says what the update adds: "+12 officers trained · Joint operations · Kenya, Peru". */
export function describeFeedUpdate(u: FeedUpdate): string {
  const parts = [u.pledge.measure === "SUM" ? `+${formatNumber(u.quantity)} ${u.pledge.unit}` : null, u.pledge.title, u.field, u.countries.join(", ") || null];
  return parts.filter(Boolean).join(" · ");
}

function formatContent(u: FeedUpdate): string {
  const items = u.evidence.items.map((item) => {
    const href = item.url ?? item.document?.downloadUrl;
    const text = escapeHtml([item.publisher, item.date, item.reference ?? item.url ?? "document"].filter(Boolean).join(" · "));
    return href ? `<li><a href="${escapeHtml(href.startsWith("/") ? absoluteUrl(href) : href)}">${text}</a></li>` : `<li>${escapeHtml(evidenceLocator(item)) || text}</li>`;
  });
  const notices = u.evidence.internal.map((n) => `<li>${escapeHtml(internalNoticeText(n))}</li>`);
  const evidence = [...items, ...notices].join("");
  return [
    `<p><strong>${escapeHtml(describeFeedUpdate(u))}</strong></p>`,
    `<p>Evidence level: ${LEVEL_LABELS[u.evidenceLevel]}. Event date: ${u.eventDate.slice(0, 10)}.${u.correctedAt ? ` Corrected ${u.correctedAt.slice(0, 10)}.` : ""}</p>`,
    u.description ? `<p>${escapeHtml(u.description)}</p>` : "",
    evidence ? `<p>Evidence:</p><ul>${evidence}</ul>` : "<p>No evidence attached.</p>",
  ].join("");
}

/**
 * One Atom entry, whatever it reports (a published update, a change-log entry): feeds mix kinds through this shape.
 * `published` orders a feed; `updated` moves when the thing itself is corrected.
 */
export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published: Date;
  description: string;
  content: string;
  author: string | null;
  category: { term: string; name: string }[];
};

/** A published update as an entry, linking to it on its pledge page; a correction moves `updated`, never the id. */
export function toUpdateEntry(u: FeedUpdate): AtomEntry {
  return {
    id: buildTagId(`update/${u.id}`),
    title: u.title,
    link: absoluteUrl(`/pledges/${u.pledge.slug}#update-${u.id}`),
    updated: new Date(u.correctedAt ?? u.publishedAt),
    published: new Date(u.publishedAt),
    description: describeFeedUpdate(u),
    content: formatContent(u),
    author: u.publishedBy,
    category: [{ term: u.pledge.slug, name: u.pledge.title }, { term: `evidence-${u.evidenceLevel.toLowerCase()}`, name: `Evidence: ${LEVEL_LABELS[u.evidenceLevel]}` }],
  };
}

/** Lists of entries merged newest publication first (ties by id, so every rendering has one order), cut to `limit`. */
export function mergeAtomEntries(lists: AtomEntry[][], limit: number): AtomEntry[] {
  return lists
    .flat()
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
}

/** An Atom feed; `path` is the feed's own URL path (and query), `page` the page it belongs to. */
export function buildAtomFeed(options: { title: string; description: string; path: string; page: string; entries: AtomEntry[] }): string {
  const updated = options.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), EPOCH);
  const feed = new Feed({
    id: buildTagId(options.path),
    title: options.title,
    description: options.description,
    link: absoluteUrl(options.page),
    feedLinks: { atom: absoluteUrl(options.path) },
    updated,
    generator: SITE_NAME,
    copyright: "Published data; see /data for the licence.",
    language: "en",
  });
  for (const e of options.entries) {
    feed.addItem({
      id: e.id,
      title: e.title,
      link: e.link,
      date: e.updated,
      published: e.published,
      description: e.description,
      content: e.content,
      author: e.author ? [{ name: e.author }] : undefined,
      category: e.category,
    });
  }
  return feed.atom1();
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}
