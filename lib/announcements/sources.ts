import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Tx } from "@/lib/db";

// Independent reports of the announcement (prisma/source/corroborating-sources.json). Each `reports` line is a summary
// in the tracker's own words: it is shown as a summary, never as a quotation.

const sourceFile = z.object({
  sources: z.array(
    z.object({
      publisher: z.string().min(1),
      title: z.string().min(1),
      author: z.string().nullable().optional(),
      date: z.iso.date().nullable().optional(),
      url: z.url({ protocol: /^https?$/ }),
      reports: z.string().min(1),
      supports: z.array(z.string()),
    }),
  ),
});

export function readCorroboratingSources() {
  return sourceFile.parse(JSON.parse(readFileSync(path.join(process.cwd(), "prisma/source/corroborating-sources.json"), "utf8"))).sources;
}

/** Adds the sources the announcement does not have yet (by URL). Idempotent; never overwrites edits. */
export async function seedAnnouncementSources(tx: Tx, announcementId: number): Promise<void> {
  const existing = new Set((await tx.announcementSource.findMany({ where: { announcementId }, select: { url: true } })).map((s) => s.url));
  const missing = readCorroboratingSources()
    .map((s, i) => ({ ...s, displayOrder: i + 1 }))
    .filter((s) => !existing.has(s.url));
  if (!missing.length) return;
  await tx.announcementSource.createMany({
    data: missing.map((s) => ({
      announcementId,
      publisher: s.publisher,
      title: s.title,
      author: s.author ?? null,
      publishedOn: s.date ? new Date(`${s.date}T00:00:00Z`) : null,
      url: s.url,
      summary: s.reports,
      supports: JSON.stringify(s.supports),
      displayOrder: s.displayOrder,
    })),
  });
}
