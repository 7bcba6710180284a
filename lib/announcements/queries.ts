import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";

export type AnnouncementView = {
  speaker: string;
  event: string;
  place: string;
  date: string;
  quote: string;
  source: string;
  periodStart: string | null;
  periodEnd: string | null;
};

/** The announcement the pledges come from, with the period its pledges share (earliest start, latest end). */
export const getAnnouncement = cachePublicRead("announcement", async (): Promise<AnnouncementView | null> => {
  const announcement = await db.announcement.findFirst({ orderBy: { date: "asc" } });
  if (!announcement) return null;
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
    quote: announcement.quote,
    source: announcement.source,
    periodStart: period._min.periodStart?.toISOString() ?? null,
    periodEnd: period._max.periodEnd?.toISOString() ?? null,
  };
});
