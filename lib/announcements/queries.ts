import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizeContent, type LocalizedText } from "@/lib/pledges/translations";

export type AnnouncementView = {
  speaker: string;
  event: string;
  place: string;
  date: string;
  quote: string;
  /** The quote in the language asked for (`quote` is its text), with the English and its translation state. */
  quoteContent: LocalizedText;
  source: string;
  periodStart: string | null;
  periodEnd: string | null;
};

/** The announcement the pledges come from, with the period its pledges share (earliest start, latest end). */
export const getAnnouncement = cachePublicRead("announcement", async (locale: Locale = DEFAULT_LOCALE): Promise<AnnouncementView | null> => {
  const announcement = await db.announcement.findFirst({ orderBy: { date: "asc" } });
  if (!announcement) return null;
  const quote = localizeContent("announcement", announcement, locale).quote;
  const period = await db.pledge.aggregate({
    where: { announcementId: announcement.id },
    _min: { periodStart: true },
    _max: { periodEnd: true },
  });
  return {
    speaker: announcement.speaker,
    event: announcement.event,
    place: announcement.place,
    date: announcement.date.toISOString(),
    quote: quote.text,
    quoteContent: quote,
    source: announcement.source,
    periodStart: period._min.periodStart?.toISOString() ?? null,
    periodEnd: period._max.periodEnd?.toISOString() ?? null,
  };
});

export type CorroboratingSource = { publisher: string; title: string; author: string | null; publishedOn: string | null; url: string; summary: string; supports: string[] };

/** Independent reports of the announcement, in display order; `summary` is in the tracker's words, not a quotation. */
export const listCorroboratingSources = cachePublicRead("announcement-sources", async (): Promise<CorroboratingSource[]> => {
  const rows = await db.announcementSource.findMany({ orderBy: [{ displayOrder: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({
    publisher: r.publisher,
    title: r.title,
    author: r.author,
    publishedOn: r.publishedOn?.toISOString().slice(0, 10) ?? null,
    url: r.url,
    summary: r.summary,
    supports: parseSlugs(r.supports),
  }));
});

function parseSlugs(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
