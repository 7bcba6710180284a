import { AS_OF_PARAM, readAsOf, type AsOf } from "@/lib/as-of/day";
import type { LedgerQuery } from "@/lib/countries/queries";
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
export function readUpdateFilter(params: SearchParams): UpdateFilter {
  return { pledge: readParam(params.pledge), country: readParam(params.country)?.toUpperCase(), page: readPage(params.page) };
}

/**
 * `?as_of=` as a public page reads it: a valid day, or null for today's page. The proxy answers a bad or future one
 * with a 400 before the page renders; should one get through, the page fails rather than show today's figures.
 */
export function readPageAsOf(params: SearchParams): AsOf | null {
  const reading = readAsOf(params[AS_OF_PARAM]);
  if (!reading.ok) throw new Error(reading.message);
  return reading.asOf;
}

/** `as_of` in a page-cache key: the valid day, or the raw value (never dropped: it must not key today's page). */
export function canonicalAsOf(params: SearchParams): [string, string | undefined] {
  const reading = readAsOf(params[AS_OF_PARAM]);
  return [AS_OF_PARAM, reading.ok ? reading.asOf?.day : readParam(params[AS_OF_PARAM])];
}
