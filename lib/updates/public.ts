import { cachePublicRead } from "@/lib/cache";
import { resolvePage } from "@/lib/paging";
import { db, Prisma, type EvidenceLevel } from "@/lib/db";
import { EVIDENCE_ROW_SELECT, publicDescription, toEvidenceRow, toPublicEvidence, type PublicEvidence } from "@/lib/evidence/public";
import { toNumber } from "@/lib/db/sql";
import { isPublicUpdate, PUBLIC_UPDATE_SCAN_SQL, PUBLIC_UPDATE_SQL } from "./visibility";

export const UPDATES_PAGE_SIZE = 20;

export type PublicUpdate = {
  id: number;
  title: string;
  description: string;
  quantity: number;
  eventDate: string;
  publishedAt: string | null;
  correctedAt: string | null;
  /** Published without independent review (lib/updates/four-eyes.ts): shown as a badge. */
  selfPublished: boolean;
  isSample: boolean;
  pledge: { slug: string; title: string; unit: string; measure: string };
  field: string | null;
  countries: { iso3: string; name: string }[];
  evidenceLevel: EvidenceLevel;
  /** Public items in full; internal ones only as notices (lib/evidence/public.ts). */
  evidence: PublicEvidence;
  /** The language it is written in (shown as written, never translated). */
  lang: string;
};

const PUBLIC_UPDATE_SELECT = {
  id: true,
  title: true,
  description: true,
  publicSummary: true,
  evidenceLevel: true,
  quantity: true,
  eventDate: true,
  publishedAt: true,
  correctedAt: true,
  selfPublished: true,
  isSample: true,
  lang: true,
  state: true,
  deletedAt: true,
  pledge: { select: { slug: true, title: true, unit: true, measure: true } },
  field: { select: { name: true } },
  countries: { select: { country: { select: { iso3: true, name: true } } } },
  evidence: { select: EVIDENCE_ROW_SELECT, orderBy: { position: "asc" } },
} satisfies Prisma.ProgressUpdateSelect;

type PublicUpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof PUBLIC_UPDATE_SELECT }>;

/** What of a public update the public sees: the one projection, used by every public list and the update's own page. */
export function toPublicUpdate(u: Omit<PublicUpdateRow, "state" | "deletedAt">): PublicUpdate {
  return {
    id: u.id,
    title: u.title,
    description: publicDescription(u),
    quantity: u.quantity,
    eventDate: u.eventDate.toISOString(),
    publishedAt: u.publishedAt?.toISOString() ?? null,
    correctedAt: u.correctedAt?.toISOString() ?? null,
    selfPublished: u.selfPublished,
    isSample: u.isSample,
    pledge: u.pledge,
    field: u.field?.name ?? null,
    countries: u.countries.map((c) => c.country).sort((a, b) => a.name.localeCompare(b.name)),
    evidenceLevel: u.evidenceLevel,
    evidence: toPublicEvidence(u.evidence.map(toEvidenceRow)),
    lang: u.lang,
  };
}

export type UpdatePage = { items: PublicUpdate[]; total: number; page: number; pageCount: number };

export type UpdateFilter = { pledge?: string; country?: string; level?: EvidenceLevel; page?: number; pageSize?: number };

/** Published, non-deleted updates, newest event first, one page at a time. Unknown filters match nothing. */
export const listPublicUpdates = cachePublicRead("public-updates", async (filter: UpdateFilter): Promise<UpdatePage> => {
  // Ids first, in raw SQL, so each filter gets the plan it needs: the pledge index, or the (state, deletedAt,
  // eventDate, id) index for the whole feed, walks in event order; a country's updates are few, fetched and sorted.
  const conditions = [
    filter.pledge
      ? Prisma.sql`u."pledgeId" = (SELECT p."id" FROM pledges p WHERE p."slug" = ${filter.pledge}) AND ${PUBLIC_UPDATE_SQL}`
      : filter.country
        ? PUBLIC_UPDATE_SCAN_SQL
        : PUBLIC_UPDATE_SQL,
  ];
  if (filter.country) {
    conditions.push(
      Prisma.sql`u."id" IN (SELECT uc."updateId" FROM update_countries uc WHERE uc."countryId" = (SELECT c."id" FROM countries c WHERE c."iso3" = ${filter.country}))`,
    );
  }
  if (filter.level) conditions.push(Prisma.sql`u."evidenceLevel" = ${filter.level}`);
  const where = Prisma.join(conditions, " AND ");
  const total = filter.level ? await countMatching(where) : await countPublicUpdates(filter);
  const pageSize = filter.pageSize ?? UPDATES_PAGE_SIZE;
  const { page, pageCount, offset } = resolvePage({ total, pageSize, requested: filter.page });
  const ids = (
    await db.$queryRaw<{ id: unknown }[]>(Prisma.sql`
      SELECT u."id" AS "id" FROM progress_updates u WHERE ${where}
      ORDER BY u."eventDate" DESC, u."id" DESC
      LIMIT ${pageSize} OFFSET ${offset}`)
  ).map((r) => toNumber(r.id));
  const rows = await db.progressUpdate.findMany({
    where: { id: { in: ids } },
    orderBy: [{ eventDate: "desc" }, { id: "desc" }],
    select: PUBLIC_UPDATE_SELECT,
  });
  // Re-checked: a row may have been unpublished since the ids were read.
  const items = rows.filter(isPublicUpdate).map(toPublicUpdate);
  return { items, total, page, pageCount };
});

/** With an evidence-level filter the rollups cannot count: count the matching rows (few, by the filters' indexes). */
async function countMatching(where: Prisma.Sql): Promise<number> {
  const [{ total }] = await db.$queryRaw<{ total: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM progress_updates u WHERE ${where}`);
  return toNumber(total);
}

/** How many updates the feed holds for a filter, from the rollups (each update counts once per country it names). */
async function countPublicUpdates(filter: UpdateFilter): Promise<number> {
  const pledge = filter.pledge ? Prisma.sql`(SELECT p."id" FROM pledges p WHERE p."slug" = ${filter.pledge})` : null;
  const country = filter.country ? Prisma.sql`(SELECT c."id" FROM countries c WHERE c."iso3" = ${filter.country})` : null;
  const [{ total }] = await db.$queryRaw<{ total: unknown }[]>(
    country
      ? Prisma.sql`SELECT COALESCE(SUM(r."updates"), 0) AS "total" FROM rollup_country_reach r
          WHERE r."countryId" = ${country}${pledge ? Prisma.sql` AND r."pledgeId" = ${pledge}` : Prisma.empty}`
      : Prisma.sql`SELECT COALESCE(SUM(t."updates"), 0) AS "total" FROM rollup_pledge_totals t${pledge ? Prisma.sql` WHERE t."pledgeId" = ${pledge}` : Prisma.empty}`,
  );
  return toNumber(total);
}

/** Whether any sample rows are public, so every public page can say so. */
export const hasSampleData = cachePublicRead("has-sample", async (): Promise<boolean> => {
  const [update, milestone, delivery] = await Promise.all([
    db.rollupPledgeTotal.findFirst({ where: { sampleUpdates: { gt: 0 } }, select: { pledgeId: true } }),
    db.milestone.findFirst({ where: { isSample: true }, select: { id: true } }),
    db.countryDelivery.findFirst({ where: { isSample: true }, select: { id: true } }),
  ]);
  return Boolean(update || milestone || delivery);
});
