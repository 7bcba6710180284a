import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import type { DataSource } from "./package";

/** The sources of the figures: the announcement the pledges come from, then each pledge's own citation once. */
export const listDataSources = cachePublicRead("data-sources", async (): Promise<DataSource[]> => {
  const [announcements, pledges] = await Promise.all([
    db.announcement.findMany({ orderBy: { date: "asc" }, select: { source: true, speaker: true, event: true } }),
    db.pledge.findMany({ distinct: ["sourceCitation"], orderBy: { displayOrder: "asc" }, select: { sourceCitation: true } }),
  ]);
  const titles = [...announcements.map((a) => a.source), ...pledges.map((p) => p.sourceCitation)].filter((t) => t.trim() !== "");
  return [...new Set(titles)].map((title) => ({ title }));
});
