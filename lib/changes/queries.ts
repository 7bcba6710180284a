import { db, type ChangeKind, type Prisma } from "@/lib/db";
import { HttpError } from "@/lib/http/errors";
import { CHANGE_KINDS } from "./labels";
import type { FieldChange } from "./record";

export { CHANGE_KINDS };

/**
 * Reads of the public change log, newest first, paged by keyset (the id of the last entry seen): shared by /changes,
 * /api/v1/changes, /reports/changes.csv and the feed. Plain data out, no Dates.
 */

export type ChangeEntry = {
  id: number;
  kind: ChangeKind;
  /** ISO 8601 UTC. */
  createdAt: string;
  pledge: { slug: string; title: string } | null;
  updateId: number | null;
  entityType: string;
  entityId: string;
  summary: string;
  diff: FieldChange[];
  reason: string | null;
  actorName: string | null;
  /** An entry of the sample data (demonstration, not real): labelled wherever it is shown. */
  isSample: boolean;
};

export type ChangeQuery = {
  pledgeId?: number;
  kinds?: readonly ChangeKind[];
  updateId?: number;
  /** Entries older than this entry (its id), in log order. */
  before?: number;
  limit: number;
};

export type ChangePage = { items: ChangeEntry[]; nextCursor: number | null };

/** Resolves a pledge slug and a kind name (any case) from a query string; an unknown one is a 400 naming it. */
export async function resolveChangeFilter(filter: { pledge?: string; kind?: string }): Promise<Pick<ChangeQuery, "pledgeId" | "kinds">> {
  const query: Pick<ChangeQuery, "pledgeId" | "kinds"> = {};
  if (filter.pledge) {
    const pledge = await db.pledge.findUnique({ where: { slug: filter.pledge }, select: { id: true } });
    if (!pledge) throw invalid("pledge", `No pledge has the slug "${filter.pledge}".`);
    query.pledgeId = pledge.id;
  }
  if (filter.kind) {
    const kind = CHANGE_KINDS.find((k) => k === filter.kind!.toUpperCase());
    if (!kind) throw invalid("kind", `kind must be one of ${CHANGE_KINDS.map((k) => k.toLowerCase()).join(", ")}.`);
    query.kinds = [kind];
  }
  return query;
}

function invalid(field: string, message: string) {
  return new HttpError(400, "invalid_parameter", message, { [field]: [message] });
}

/** One page of the log, newest first; `nextCursor` is the `before` of the next page, null on the last. */
export async function listPublicChanges(query: ChangeQuery): Promise<ChangePage> {
  const where: Prisma.PublicChangeWhereInput = {};
  if (query.pledgeId !== undefined) where.pledgeId = query.pledgeId;
  if (query.kinds) where.kind = { in: [...query.kinds] };
  if (query.updateId !== undefined) where.updateId = query.updateId;
  if (query.before !== undefined) {
    const cursor = await db.publicChange.findUnique({ where: { id: query.before }, select: { createdAt: true } });
    if (!cursor) return { items: [], nextCursor: null };
    where.OR = [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: query.before } }];
  }
  const rows = await db.publicChange.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const items = await toEntries(page);
  return { items, nextCursor: rows.length > query.limit ? page[page.length - 1].id : null };
}

/** One entry, for its permalink; null when there is none. */
export async function getPublicChange(id: number): Promise<ChangeEntry | null> {
  const row = await db.publicChange.findUnique({ where: { id } });
  return row ? (await toEntries([row]))[0] : null;
}

type Row = Awaited<ReturnType<typeof db.publicChange.findMany>>[number];

async function toEntries(rows: Row[]): Promise<ChangeEntry[]> {
  const pledgeIds = [...new Set(rows.map((r) => r.pledgeId).filter((id): id is number => id !== null))];
  const pledges = pledgeIds.length ? await db.pledge.findMany({ where: { id: { in: pledgeIds } }, select: { id: true, slug: true, title: true } }) : [];
  const byId = new Map(pledges.map((p) => [p.id, { slug: p.slug, title: p.title }]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    createdAt: r.createdAt.toISOString(),
    pledge: r.pledgeId === null ? null : (byId.get(r.pledgeId) ?? null),
    updateId: r.updateId,
    entityType: r.entityType,
    entityId: r.entityId,
    summary: r.summary,
    diff: r.diff ? (JSON.parse(r.diff) as FieldChange[]) : [],
    reason: r.reason,
    actorName: r.actorName,
    isSample: r.isSample,
  }));
}

/** Every page of a query in turn (the CSV export and the feed): a reader returning null when done. */
export function createChangeReader(query: Omit<ChangeQuery, "before" | "limit">, pageSize = 500): () => Promise<ChangeEntry[] | null> {
  let before: number | undefined;
  let done = false;
  return async () => {
    if (done) return null;
    const page = await listPublicChanges({ ...query, before, limit: pageSize });
    if (page.nextCursor === null) done = true;
    before = page.nextCursor ?? undefined;
    return page.items;
  };
}
