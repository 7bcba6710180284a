import { readParam, type SearchParams } from "@/lib/http/params";
import { CHANGE_KINDS } from "./labels";

export type ChangeFilter = { pledge?: string; kind?: string; before?: number };

/** The change log's filters and cursor as /changes reads them (and the page cache keys them): unknown kinds are dropped. */
export function readChangeFilter(params: SearchParams): ChangeFilter {
  const kind = readParam(params.kind)?.toLowerCase();
  const before = Number(readParam(params.before));
  return {
    pledge: readParam(params.pledge)?.toLowerCase(),
    kind: CHANGE_KINDS.some((k) => k.toLowerCase() === kind) ? kind : undefined,
    before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
  };
}

/** The /changes URL of a filter, parameters in the page cache's order. */
export function changesHref(filter: ChangeFilter): string {
  return withChangeQuery("/changes", filter);
}

/** The /changes.atom URL of a filter (pledge and kind; a feed has no cursor). */
export function changesFeedHref(filter: ChangeFilter): string {
  return withChangeQuery("/changes.atom", { pledge: filter.pledge, kind: filter.kind });
}

function withChangeQuery(path: string, filter: ChangeFilter): string {
  const q = new URLSearchParams();
  if (filter.pledge) q.set("pledge", filter.pledge);
  if (filter.kind) q.set("kind", filter.kind);
  if (filter.before) q.set("before", String(filter.before));
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}

/** A record id from a URL segment: canonical digits only ("05", "5x", "1e3" are not ids), so one page has one URL. */
export function readRecordId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
