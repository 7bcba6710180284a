import type { LedgerQuery } from "@/lib/countries/queries";
import type { EvidenceLevel } from "@/lib/db";
import { EVIDENCE_LEVELS } from "@/lib/evidence/level";
import type { UpdateFilter } from "@/lib/updates/public";

/** A positive page number from a query parameter; anything else is page 1. */
export function readPage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** One string from a query parameter, or undefined when absent or empty. */
export function readParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? v : undefined;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const LEDGER_SORTS = ["name", "region", "updates", "pledges", "last"] as const;

/** The country ledger's filters and sort, as `/countries` reads them (and the page cache keys them). */
export function readLedgerQuery(params: SearchParams): LedgerQuery {
  const sort = readParam(params.sort);
  return {
    region: readParam(params.region),
    workstream: readParam(params.workstream),
    sort: LEDGER_SORTS.find((s) => s === sort),
    dir: readParam(params.dir) === "desc" ? "desc" : "asc",
  };
}

/** The feed's filters and page, as `/updates` reads them (and the page cache keys them). */
/** An evidence level from the query string; anything else is no filter. */
export function readEvidenceLevel(value: string | string[] | undefined): EvidenceLevel | undefined {
  const text = readParam(value)?.toUpperCase();
  return EVIDENCE_LEVELS.find((l) => l === text);
}

export function readUpdateFilter(params: SearchParams): UpdateFilter {
  return { pledge: readParam(params.pledge), country: readParam(params.country)?.toUpperCase(), level: readEvidenceLevel(params.level), page: readPage(params.page) };
}

/**
 * `as_of` in a page-cache key, as given. A valid day has one spelling (YYYY-MM-DD), so the raw value is its canonical
 * form; a bad one keys a page of its own, which the proxy answers with a 400 that is never kept. Either way an as-of
 * URL never shares today's key. Not validated here: server.ts loads this module before Next.js, and the day rule
 * (lib/as-of/day.ts, through zod and lib/validation) pulls in next/server.
 */
export function canonicalAsOf(params: SearchParams): [string, string | undefined] {
  return ["as_of", readParam(params.as_of)];
}
