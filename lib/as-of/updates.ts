import { cachePublicRead } from "@/lib/cache";
import { resolvePage } from "@/lib/paging";
import { db, Prisma } from "@/lib/db";
import { toNumber } from "@/lib/db/sql";
import { EVIDENCE_ROW_SELECT, publicDescription, toEvidenceRow, toPublicEvidence } from "@/lib/evidence/public";
import { UPDATES_PAGE_SIZE, type UpdateFilter, type UpdatePage } from "@/lib/updates/public";
import { asOfFromDay } from "./day";
import { inForceSql } from "./figures";

/**
 * The public feed as it stood at the end of a day: the versions in force then (as published, before later
 * corrections, with updates deleted later), newest event first. Evidence, its level and the public summary are
 * today's: they are not versioned.
 */
export const listPublicUpdatesAsOf = cachePublicRead("public-updates-as-of", async (filter: UpdateFilter, day: string): Promise<UpdatePage> => {
  const where = buildVersionWhere(filter, asOfFromDay(day).end);
  const [{ total: counted }] = await db.$queryRaw<{ total: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM public_update_versions v WHERE ${where}`);
  const total = toNumber(counted);
  const pageSize = filter.pageSize ?? UPDATES_PAGE_SIZE;
  const { page, pageCount, offset } = resolvePage({ total, pageSize, requested: filter.page });
  const ids = (
    await db.$queryRaw<{ id: unknown }[]>(Prisma.sql`
      SELECT v."id" AS "id" FROM public_update_versions v WHERE ${where}
      ORDER BY v."eventDate" DESC, v."updateId" DESC
      LIMIT ${pageSize} OFFSET ${offset}`)
  ).map((r) => toNumber(r.id));
  // One page of ids: a short list, fetched and put back in the order the query chose.
  const found = await db.publicUpdateVersion.findMany({ where: { id: { in: ids } }, include: { countries: { select: { countryId: true } } } });
  const versions = ids.map((id) => found.find((v) => v.id === id)!);
  const [pledges, fields, names, rows] = await Promise.all([
    db.pledge.findMany({ where: { id: { in: [...new Set(versions.map((v) => v.pledgeId))] } }, select: { id: true, slug: true, title: true, unit: true, measure: true } }),
    db.field.findMany({ where: { id: { in: versions.flatMap((v) => (v.fieldId === null ? [] : [v.fieldId])) } }, select: { id: true, name: true } }),
    db.country.findMany({ where: { id: { in: versions.flatMap((v) => v.countries.map((c) => c.countryId)) } }, select: { id: true, iso3: true, name: true } }),
    db.progressUpdate.findMany({
      where: { id: { in: versions.map((v) => v.updateId) } },
      select: { id: true, publicSummary: true, evidenceLevel: true, selfPublished: true, lang: true, evidence: { select: EVIDENCE_ROW_SELECT, orderBy: { position: "asc" } } },
    }),
  ]);
  const items = versions.map((v) => {
    const p = pledges.find((x) => x.id === v.pledgeId)!;
    const row = rows.find((r) => r.id === v.updateId)!;
    return {
      id: v.updateId,
      title: v.title,
      // The public summary, where the update has one now, replaces the description as it does today.
      description: publicDescription({ description: v.description, publicSummary: row.publicSummary }),
      quantity: v.quantity,
      eventDate: v.eventDate.toISOString(),
      publishedAt: v.publishedAt.toISOString(),
      // A version that began after the publication is a correction made by then.
      correctedAt: v.validFrom > v.publishedAt ? v.validFrom.toISOString() : null,
      isSample: v.isSample,
      pledge: { slug: p.slug, title: p.title, unit: p.unit, measure: p.measure },
      field: fields.find((f) => f.id === v.fieldId)?.name ?? null,
      countries: v.countries
        .flatMap((c) => names.filter((n) => n.id === c.countryId).map((n) => ({ iso3: n.iso3, name: n.name })))
        .sort((a, b) => a.name.localeCompare(b.name)),
      evidenceLevel: row.evidenceLevel,
      selfPublished: row.selfPublished,
      evidence: toPublicEvidence(row.evidence.map(toEvidenceRow)),
      lang: row.lang,
    };
  });
  return { items, total, page, pageCount };
});

/**
 * The versions (aliased `v`) the filter selects, in SQL: unknown pledges and countries match nothing. The evidence
 * level is today's (not versioned) and versions have no relation to the updates table, so it is a subquery on it.
 */
function buildVersionWhere(filter: UpdateFilter, end: Date): Prisma.Sql {
  const conditions = [inForceSql(end)];
  if (filter.pledge) conditions.push(Prisma.sql`v."pledgeId" = (SELECT p."id" FROM pledges p WHERE p."slug" = ${filter.pledge})`);
  if (filter.country) {
    conditions.push(
      Prisma.sql`v."id" IN (SELECT vc."versionId" FROM public_update_version_countries vc WHERE vc."countryId" = (SELECT c."id" FROM countries c WHERE c."iso3" = ${filter.country}))`,
    );
  }
  if (filter.level) conditions.push(Prisma.sql`v."updateId" IN (SELECT u."id" FROM progress_updates u WHERE u."evidenceLevel" = ${filter.level})`);
  return Prisma.join(conditions, " AND ");
}
