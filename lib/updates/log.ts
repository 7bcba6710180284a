import { db, Prisma, provider } from "@/lib/db";
import { sqlDate } from "@/lib/db/sql";
import { inForceSql } from "@/lib/as-of/figures";
import { queryRows } from "@/lib/db/bulk-read";
import type { EvidenceLevel, EvidenceSource, UpdateState } from "@/lib/db";
import { evidenceLocator, publicDescription, toPublicEvidence, type EvidenceRow, type PublicEvidence } from "@/lib/evidence/public";
import { HttpError } from "@/lib/http/errors";
import { formatIsoDateTime } from "@/lib/iso-date";
import type { UpdateFilters } from "@/lib/http/query";
import { PUBLIC_UPDATE_SQL, PUBLIC_UPDATE_WHERE } from "./visibility";

/**
 * The updates log: updates read page by page in id order (keyset), shared by the CSV export and the JSON API.
 * Raw SQL because it is the hot path of a million-row export; small lookup tables are joined in JavaScript.
 */

export type UpdateLogRow = {
  id: number;
  externalId: string | null;
  pledgeSlug: string;
  pledgeTitle: string;
  /** ISO 8601 UTC text; see formatIsoDateTime for why not a Date. */
  eventDate: string;
  quantity: number;
  fieldSlug: string | null;
  fieldName: string | null;
  countryCodes: string[];
  countryNames: string[];
  title: string;
  /** The public description: the public summary when there is one. */
  description: string;
  /** One line per public item: its link, else its reference, else its document's download path. */
  evidence: string[];
  evidenceLevel: EvidenceLevel;
  evidenceItems: PublicEvidence["items"];
  internalEvidence: PublicEvidence["internal"];
  state: UpdateState;
  publishedAt: string | null;
  publishedBy: string | null;
  /** Published rows: false when published without independent review (lib/updates/four-eyes.ts); null otherwise. */
  independentReview: boolean | null;
  isSample: boolean;
};

export type UpdateLogQuery = {
  states: readonly UpdateState[];
  /** Unpublished rows only by this author (getUnpublishedAuthorScope); unset: every author's. */
  unpublishedAuthorId?: number;
  pledgeIds?: number[];
  fieldIds?: number[];
  countryCodes?: string[];
  region?: string;
  level?: EvidenceLevel;
  from?: Date;
  toExclusive?: Date;
  /** The end of an as-of day (lib/as-of): the versions in force then, instead of the rows as they are now. */
  asOf?: Date;
};

export const PUBLIC_STATES: readonly UpdateState[] = [PUBLIC_UPDATE_WHERE.state];
export const ALL_STATES: readonly UpdateState[] = ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"];

/** Turns query-string filters into ids; an unknown pledge, field or region is a 400 naming the parameter. */
export async function resolveUpdateLogQuery(filters: UpdateFilters, states: readonly UpdateState[] = PUBLIC_STATES): Promise<UpdateLogQuery> {
  const query: UpdateLogQuery = { states };
  if (filters.pledge) {
    const pledge = await db.pledge.findUnique({ where: { slug: filters.pledge }, select: { id: true } });
    if (!pledge) throw unknown("pledge", `No pledge has the slug "${filters.pledge}".`);
    query.pledgeIds = [pledge.id];
  }
  if (filters.field) {
    const fields = await db.field.findMany({ where: { slug: filters.field, pledgeId: { in: query.pledgeIds } }, select: { id: true } });
    if (!fields.length) throw unknown("field", `No field or workstream has the slug "${filters.field}"${filters.pledge ? " in that pledge" : ""}.`);
    query.fieldIds = fields.map((f) => f.id);
  }
  if (filters.country) {
    const found = await db.country.findMany({ where: { iso3: { in: filters.country } }, select: { iso3: true } });
    const missing = filters.country.filter((code) => !found.some((c) => c.iso3 === code));
    if (missing.length) throw unknown("country", `Unknown country code: ${missing.join(", ")}.`);
    query.countryCodes = filters.country;
  }
  if (filters.region) {
    const region = await db.country.findFirst({ where: { region: filters.region }, select: { region: true } });
    if (!region) throw unknown("region", `No country is in the region "${filters.region}".`);
    query.region = region.region;
  }
  if (filters.level) query.level = filters.level;
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) query.toExclusive = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000);
  return query;
}

function unknown(field: string, message: string) {
  return new HttpError(400, "invalid_parameter", message, { [field]: [message] });
}


function buildWhere(query: UpdateLogQuery, after: number): Prisma.Sql {
  const publicOnly = query.unpublishedAuthorId === undefined && query.states.length === 1 && query.states[0] === PUBLIC_UPDATE_WHERE.state;
  // The public log is exactly the one public rule; an editor's export adds states (and its own drafts) to it.
  const parts = publicOnly
    ? [Prisma.sql`u.id > ${after}`, PUBLIC_UPDATE_SQL]
    : [Prisma.sql`u.id > ${after}`, Prisma.sql`u."deletedAt" IS NULL`, Prisma.sql`u.state IN (${Prisma.join([...query.states])})`];
  if (query.unpublishedAuthorId !== undefined) {
    parts.push(Prisma.sql`(${PUBLIC_UPDATE_SQL} OR u."authorId" = ${query.unpublishedAuthorId})`);
  }
  if (query.pledgeIds) parts.push(Prisma.sql`u."pledgeId" IN (${Prisma.join(query.pledgeIds)})`);
  if (query.fieldIds) parts.push(Prisma.sql`u."fieldId" IN (${Prisma.join(query.fieldIds)})`);
  if (query.level) parts.push(Prisma.sql`u."evidenceLevel" = ${query.level}`);
  if (query.from) parts.push(Prisma.sql`u."eventDate" >= ${sqlDate(query.from)}`);
  if (query.toExclusive) parts.push(Prisma.sql`u."eventDate" < ${sqlDate(query.toExclusive)}`);
  const named = (condition: Prisma.Sql) =>
    query.asOf
      ? Prisma.sql`EXISTS (SELECT 1 FROM public_update_version_countries uc JOIN countries c ON c.id = uc."countryId" WHERE uc."versionId" = u."versionId" AND ${condition})`
      : Prisma.sql`EXISTS (SELECT 1 FROM update_countries uc JOIN countries c ON c.id = uc."countryId" WHERE uc."updateId" = u.id AND ${condition})`;
  if (query.countryCodes) parts.push(named(Prisma.sql`c.iso3 IN (${Prisma.join(query.countryCodes)})`));
  if (query.region) parts.push(named(Prisma.sql`c.region = ${query.region}`));
  return Prisma.join(parts, " AND ");
}

type Lookups = {
  pledges: Map<number, { slug: string; title: string }>;
  fields: Map<number, { slug: string; name: string }>;
  users: Map<number, string>;
  countries: Map<number, { iso3: string; name: string }>;
};

export async function loadUpdateLogLookups(): Promise<Lookups> {
  const [pledges, fields, users, countries] = await Promise.all([
    db.pledge.findMany({ select: { id: true, slug: true, title: true } }),
    db.field.findMany({ select: { id: true, slug: true, name: true } }),
    db.user.findMany({ select: { id: true, name: true } }),
    db.country.findMany({ select: { id: true, iso3: true, name: true } }),
  ]);
  return {
    pledges: new Map(pledges.map((p) => [p.id, p])),
    fields: new Map(fields.map((f) => [f.id, f])),
    users: new Map(users.map((u) => [u.id, u.name])),
    countries: new Map(countries.map((c) => [c.id, c])),
  };
}

/** The versions in force at `asOf` with the columns of progress_updates the log reads, aliased `u`. */
function asOfUpdatesTable(asOf: Date): Prisma.Sql {
  return Prisma.sql`(SELECT v."updateId" AS id, p."externalId" AS "externalId", v."pledgeId" AS "pledgeId", v."fieldId" AS "fieldId",
      v."eventDate" AS "eventDate", v.quantity AS quantity, v.title AS title, v.description AS description, 'PUBLISHED' AS state,
      v."publishedAt" AS "publishedAt", p."reviewerId" AS "reviewerId", v."isSample" AS "isSample", NULL AS "deletedAt",
      p."authorId" AS "authorId", p."publicSummary" AS "publicSummary", p."evidenceLevel" AS "evidenceLevel",
      p."selfPublished" AS "selfPublished", v.id AS "versionId"
    FROM public_update_versions v JOIN progress_updates p ON p.id = v."updateId" WHERE ${inForceSql(asOf)}) u`;
}

/** One page of the log: up to `limit` rows with id > `after`, oldest id first. */
export async function readUpdateLogPage(
  query: UpdateLogQuery,
  options: { after?: number; limit: number; lookups: Lookups },
): Promise<UpdateLogRow[]> {
  const after = options.after ?? 0;
  const table = query.asOf ? asOfUpdatesTable(query.asOf) : provider === "sqlite" ? Prisma.raw("progress_updates u NOT INDEXED") : Prisma.raw("progress_updates u");
  // Columns by position: 0 id, 1 externalId, 2 pledgeId, 3 fieldId, 4 eventDate, 5 quantity, 6 title, 7 description,
  // 8 state, 9 publishedAt, 10 reviewerId, 11 isSample, 12 publicSummary, 13 evidenceLevel, 14 selfPublished.
  const rows = await queryRows(Prisma.sql`
    SELECT u.id, u."externalId", u."pledgeId", u."fieldId", u."eventDate", u.quantity, u.title, u.description, u.state,
           u."publishedAt", u."reviewerId", u."isSample", u."publicSummary", u."evidenceLevel", u."selfPublished"
    FROM ${table} WHERE ${buildWhere(query, after)} ORDER BY u.id LIMIT ${options.limit}`);
  if (!rows.length) return [];
  const last = rows[rows.length - 1][0] as number;
  // Ranges on the primary keys, not IN lists: cheap, and fine to over-read when filters thin the page.
  const [links, evidence] = await Promise.all([
    queryRows(
      query.asOf
        ? Prisma.sql`SELECT v."updateId", vc."countryId" FROM public_update_version_countries vc JOIN public_update_versions v ON v.id = vc."versionId"
            WHERE v."updateId" > ${after} AND v."updateId" <= ${last} AND ${inForceSql(query.asOf)}`
        : Prisma.sql`SELECT "updateId", "countryId" FROM update_countries WHERE "updateId" > ${after} AND "updateId" <= ${last}`,
    ),
    queryRows(Prisma.sql`
      SELECT e."updateId", e.url, e.citation, e.source, e.publisher, e."sourceDate", e.visibility, e."reviewedAt", e."reviewedById",
             d.id, d.sha256, d."mediaType", d."byteSize"
      FROM evidence e LEFT JOIN documents d ON d.id = e."documentId"
      WHERE e."updateId" > ${after} AND e."updateId" <= ${last} ORDER BY e."updateId", e.position, e.id`),
  ]);
  const { lookups } = options;
  const countriesOf = new Map<number, { iso3: string; name: string }[]>();
  for (const [updateId, countryId] of links as [number, number][]) {
    const country = lookups.countries.get(countryId);
    if (country) (countriesOf.get(updateId) ?? countriesOf.set(updateId, []).get(updateId)!).push(country);
  }
  const evidenceOf = new Map<number, EvidenceRow[]>();
  for (const e of evidence) {
    const updateId = e[0] as number;
    const row: EvidenceRow = {
      url: e[1] as string | null,
      citation: e[2] as string | null,
      source: e[3] as EvidenceSource | null,
      publisher: e[4] as string | null,
      sourceDate: e[5] as string | null,
      visibility: e[6] as string,
      reviewedAt: e[7] as string | null,
      reviewedBy: e[8] === null ? null : (lookups.users.get(e[8] as number) ?? null),
      document: e[9] === null ? null : { id: Number(e[9]), sha256: e[10] as string, mediaType: e[11] as string, byteSize: Number(e[12]) },
    };
    (evidenceOf.get(updateId) ?? evidenceOf.set(updateId, []).get(updateId)!).push(row);
  }
  return rows.map((r) => {
    const id = r[0] as number;
    const fieldId = r[3] as number | null;
    const reviewerId = r[10] as number | null;
    const state = r[8] as UpdateState;
    const countries = (countriesOf.get(id) ?? []).sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
    const pledge = lookups.pledges.get(r[2] as number);
    const field = fieldId === null ? undefined : lookups.fields.get(fieldId);
    const view = toPublicEvidence(evidenceOf.get(id) ?? []);
    return {
      id,
      externalId: r[1] as string | null,
      pledgeSlug: pledge?.slug ?? "",
      pledgeTitle: pledge?.title ?? "",
      eventDate: formatIsoDateTime(r[4]),
      quantity: Number(r[5]),
      fieldSlug: field?.slug ?? null,
      fieldName: field?.name ?? null,
      countryCodes: countries.map((c) => c.iso3),
      countryNames: countries.map((c) => c.name),
      title: r[6] as string,
      description: publicDescription({ description: r[7] as string, publicSummary: r[12] as string | null }),
      evidence: view.items.map(evidenceLocator),
      evidenceLevel: r[13] as EvidenceLevel,
      evidenceItems: view.items,
      internalEvidence: view.internal,
      state,
      publishedAt: r[9] === null ? null : formatIsoDateTime(r[9]),
      publishedBy: reviewerId === null || state !== "PUBLISHED" ? null : (lookups.users.get(reviewerId) ?? null),
      independentReview: state === "PUBLISHED" ? !(r[14] === true || r[14] === 1) : null,
      isSample: r[11] === true || r[11] === 1,
    };
  });
}

/** Reads every matching row a page at a time; between calls it keeps only the cursor (see createCsvStream). */
export function createUpdateLogReader(query: UpdateLogQuery, pageSize = 200): () => Promise<UpdateLogRow[] | null> {
  let after = 0;
  let done = false;
  let lookups: Lookups | undefined;
  return async () => {
    if (done) return null;
    lookups ??= await loadUpdateLogLookups();
    const page = await readUpdateLogPage(query, { after, limit: pageSize, lookups });
    done = page.length < pageSize;
    if (!page.length) return null;
    after = page[page.length - 1].id;
    return page;
  };
}
