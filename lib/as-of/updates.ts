import { cachePublicRead } from "@/lib/cache";
import { db } from "@/lib/db";
import { EVIDENCE_ROW_SELECT, publicDescription, toEvidenceRow, toPublicEvidence } from "@/lib/evidence/public";
import { UPDATES_PAGE_SIZE, type UpdateFilter, type UpdatePage } from "@/lib/updates/public";
import { asOfFromDay } from "./day";
import { inForceWhere } from "./figures";

/**
 * The public feed as it stood at the end of a day: the versions in force then (as published, before later
 * corrections, with updates deleted later), newest event first. Evidence, its level and the public summary are
 * today's: they are not versioned.
 */
export const listPublicUpdatesAsOf = cachePublicRead("public-updates-as-of", async (filter: UpdateFilter, day: string): Promise<UpdatePage> => {
  const { end } = asOfFromDay(day);
  const [pledge, country] = await Promise.all([
    filter.pledge ? db.pledge.findUnique({ where: { slug: filter.pledge }, select: { id: true } }) : null,
    filter.country ? db.country.findUnique({ where: { iso3: filter.country }, select: { id: true } }) : null,
  ]);
  const where = {
    ...inForceWhere(end),
    ...(filter.pledge ? { pledgeId: pledge?.id ?? -1 } : {}),
    ...(filter.country ? { countries: { some: { countryId: country?.id ?? -1 } } } : {}),
    // The evidence level is today's (not versioned). An id list: versions have no relation to the updates table.
    ...(filter.level ? { updateId: { in: (await db.progressUpdate.findMany({ where: { evidenceLevel: filter.level }, select: { id: true } })).map((u) => u.id) } } : {}),
  };
  const total = await db.publicUpdateVersion.count({ where });
  const pageSize = filter.pageSize ?? UPDATES_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount);
  const versions = await db.publicUpdateVersion.findMany({
    where,
    orderBy: [{ eventDate: "desc" }, { updateId: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    include: { countries: { select: { countryId: true } } },
  });
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
