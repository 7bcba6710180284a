import { cachePublicRead } from "@/lib/cache";
import { CHANGE_KINDS, listPublicChanges, type ChangeEntry, type ChangeQuery } from "@/lib/changes/queries";
import { db, type EvidenceLevel } from "@/lib/db";
import { EVIDENCE_ROW_SELECT, publicDescription, toEvidenceRow, toPublicEvidence, type PublicEvidence } from "@/lib/evidence/public";
import { PUBLIC_UPDATE_WHERE } from "@/lib/updates/visibility";

export const FEED_SIZE = 50;

/** The site feed's change-log kinds: every kind but publications, which the update entries already are. */
export const SITE_FEED_CHANGE_KINDS = CHANGE_KINDS.filter((k) => k !== "PUBLICATION");

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
  evidenceLevel: EvidenceLevel;
  /** Through the one public split (lib/evidence/public.ts): an internal item leaves only its notice. */
  evidence: PublicEvidence;
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
      publicSummary: true,
      evidenceLevel: true,
      quantity: true,
      eventDate: true,
      publishedAt: true,
      correctedAt: true,
      reviewer: { select: { name: true } },
      pledge: { select: { slug: true, title: true, unit: true, measure: true } },
      field: { select: { name: true } },
      countries: { select: { country: { select: { name: true } } } },
      evidence: { select: EVIDENCE_ROW_SELECT, orderBy: { position: "asc" } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    title: u.title,
    description: publicDescription(u),
    quantity: u.quantity,
    eventDate: u.eventDate.toISOString(),
    publishedAt: (u.publishedAt ?? u.eventDate).toISOString(),
    correctedAt: u.correctedAt?.toISOString() ?? null,
    publishedBy: u.reviewer?.name ?? null,
    pledge: u.pledge,
    field: u.field?.name ?? null,
    countries: u.countries.map((c) => c.country.name).sort(),
    evidenceLevel: u.evidenceLevel,
    evidence: toPublicEvidence(u.evidence.map(toEvidenceRow)),
  }));
});

/** The latest public changes, newest first: the first page of the change log's own keyset read. */
export const listFeedChanges = cachePublicRead("feed-changes", async (filter: Pick<ChangeQuery, "pledgeId" | "kinds">): Promise<ChangeEntry[]> => {
  return (await listPublicChanges({ ...filter, limit: FEED_SIZE })).items;
});
