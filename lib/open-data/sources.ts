import { listCorroboratingSources } from "@/lib/announcements/queries";
import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import type { DataSource } from "./package";

/**
 * The sources of the figures: the announcement the pledges come from, each pledge's own citation once, then the
 * independent reports that corroborate the announcement (with their links).
 */
export const listDataSources = cachePublicRead("data-sources", async (): Promise<DataSource[]> => {
  const [announcements, pledges, reports] = await Promise.all([
    db.announcement.findMany({ orderBy: { date: "asc" }, select: { source: true } }),
    db.pledge.findMany({ distinct: ["sourceCitation"], orderBy: { displayOrder: "asc" }, select: { sourceCitation: true } }),
    listCorroboratingSources(),
  ]);
  const titles = [...announcements.map((a) => a.source), ...pledges.map((p) => p.sourceCitation)].filter((t) => t.trim() !== "");
  return [
    ...[...new Set(titles)].map((title) => ({ title })),
    ...reports.filter((r) => /^https?:\/\//.test(r.url)).map((r) => ({ title: `${r.publisher}: ${r.title}`, path: r.url })),
  ];
});
