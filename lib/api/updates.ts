import type { z } from "zod";
import type { AsOf } from "@/lib/as-of/day";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { loadUpdateLogLookups, readUpdateLogPage, resolveUpdateLogQuery, type UpdateLogRow } from "@/lib/updates/log";
import type { ApiUpdate, UpdatePageSchema, updatesQuery } from "./schemas";

export function toApiUpdate(row: UpdateLogRow): ApiUpdate {
  return {
    id: row.id,
    externalId: row.externalId,
    pledge: row.pledgeSlug,
    eventDate: row.eventDate.slice(0, 10),
    quantity: row.quantity,
    field: row.fieldSlug === null ? null : { slug: row.fieldSlug, name: row.fieldName ?? row.fieldSlug },
    countries: row.countryCodes.map((iso3, i) => ({ iso3, name: row.countryNames[i] })),
    title: row.title,
    description: row.description,
    evidence: row.evidence,
    evidenceLevel: row.evidenceLevel,
    evidenceItems: row.evidenceItems,
    internalEvidence: row.internalEvidence,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    independentReview: row.independentReview,
    isSample: row.isSample,
  };
}

/** A page of a pledge's published updates with the same filters as the CSV export; 404 for an unknown pledge. */
export async function readApiUpdatePage(
  slug: string,
  query: z.infer<typeof updatesQuery>,
  asOf: AsOf | null = null,
): Promise<z.input<typeof UpdatePageSchema>> {
  const pledge = await db.pledge.findUnique({ where: { slug }, select: { slug: true } });
  if (!pledge) throw new HttpError(404, "not_found", `No pledge has the slug "${slug}".`);
  const { limit, cursor, as_of: _asOf, ...filters } = query;
  void _asOf; // read and validated by requireAsOf
  const resolved = await resolveUpdateLogQuery({ ...filters, pledge: pledge.slug });
  if (asOf) resolved.asOf = asOf.end;
  const rows = await readUpdateLogPage(resolved, { after: cursor, limit: limit + 1, lookups: await loadUpdateLogLookups() });
  const items = rows.slice(0, limit);
  return { items: items.map(toApiUpdate), nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
