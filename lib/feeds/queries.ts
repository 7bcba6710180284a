import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

export const FEED_SIZE = 50;

export type FeedUpdate = {
  id: number;
  title: string;
  description: string;
  quantity: number;
  eventDate: string;
  publishedAt: string;
  correctedAt: string | null;
  publishedBy: string | null;
  pledge: { slug: string; title: string; unit: string; measure: string };
  field: string | null;
  countries: string[];
  evidence: { url: string | null; citation: string | null }[];
};

/** The latest published updates, newest publication first (the whole site, or one pledge). */
export const listFeedUpdates = cachePublicRead("feed-updates", async (filter: { pledge?: string }): Promise<FeedUpdate[]> => {
  const rows = await db.progressUpdate.findMany({
    where: { ...PUBLIC_UPDATE_WHERE, ...(filter.pledge ? { pledge: { slug: filter.pledge } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      title: true,
      description: true,
      quantity: true,
      eventDate: true,
      publishedAt: true,
      correctedAt: true,
      reviewer: { select: { name: true } },
      pledge: { select: { slug: true, title: true, unit: true, measure: true } },
      field: { select: { name: true } },
      countries: { select: { country: { select: { name: true } } } },
      evidence: { select: { url: true, citation: true }, orderBy: { position: "asc" } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    title: u.title,
    description: u.description,
    quantity: u.quantity,
    eventDate: u.eventDate.toISOString(),
    publishedAt: (u.publishedAt ?? u.eventDate).toISOString(),
    correctedAt: u.correctedAt?.toISOString() ?? null,
    publishedBy: u.reviewer?.name ?? null,
    pledge: u.pledge,
    field: u.field?.name ?? null,
    countries: u.countries.map((c) => c.country.name).sort(),
    evidence: u.evidence,
  }));
});
