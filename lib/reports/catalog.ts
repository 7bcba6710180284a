import { z } from "zod";
import { enforce } from "@/lib/auth/enforce";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { UnauthenticatedError } from "@/lib/errors";
import { clientRateKey, readClientAddress } from "@/lib/http/client-address";
import { errorResponse, HttpError } from "@/lib/http/errors";
import { requireLang } from "@/lib/http/lang";
import { dateRangeShape, parseQuery, updateFilterQuery, withDateOrder } from "@/lib/http/query";
import { AUDIT_LOG_COLUMNS, createAuditReader } from "./audit-log";
import { ALL_STATES, PUBLIC_STATES, createUpdateLogReader, resolveUpdateLogQuery } from "@/lib/updates/log";
import { getUnpublishedAuthorScope } from "@/lib/updates/queries";
import { createCsvStream, csvResponse, type Column } from "./csv";
import { acquireExportSlot, EXPORT_RETRY_AFTER_SECONDS, ExportBusyError, releaseWhenDone } from "./export-slots";
import {
  ANNUAL_BREAKDOWN_COLUMNS,
  COUNTRY_LEDGER_COLUMNS,
  PLEDGE_SUMMARY_COLUMNS,
  readAnnualBreakdownRows,
  readCountryLedgerRows,
} from "./summaries";
import { UPDATE_LOG_COLUMNS } from "./updates-log";
import { CHANGE_LOG_COLUMNS, createChangeLogStream } from "./changes";
import { getPledgeSummaries } from "@/lib/pledges/queries";
import { requireAsOf } from "@/lib/as-of/request";

export type ReportName = "pledge-summary" | "updates-log" | "country-ledger" | "annual-breakdown" | "audit-log" | "changes";

export type ReportKeys = {
  primaryKey?: string[];
  /** Unique together, where a column may be empty (Table Schema v2 uniqueKeys). */
  uniqueKeys?: string[][];
  foreignKeys?: { fields: string[]; reference: { resource: ReportName; fields: string[] } }[];
};

const PLEDGE_REFERENCE = { fields: ["pledge"], reference: { resource: "pledge-summary" as const, fields: ["pledge"] } };

/** `getUser` is called only by reports and options that need a session, so public downloads stay anonymous. */
export type ReportRequest = { params: URLSearchParams; getUser: () => Promise<SessionUser | null>; bom: boolean };

export type ReportDefinition = {
  name: ReportName;
  title: string;
  description: string;
  /** Query parameters the report understands besides `bom`. */
  filters: readonly string[];
  columns: readonly Pick<Column<never>, "header" | "type" | "description">[];
  /** Who may download it: everyone (published data only), or a signed-in user with a permission. */
  access: "public" | "audit:read";
  /** Keys declared in the data package (lib/open-data/package.ts): what identifies a row, what refers to what. */
  keys?: ReportKeys;
  createStream: (request: ReportRequest) => Promise<ReadableStream<Uint8Array>>;
};

/**
 * `?include=drafts` widens an export to unpublished updates, for editors and admins only: the signed-in user whose
 * drafts to add, or null for published updates only.
 */
export async function readIncludeDrafts(request: ReportRequest): Promise<SessionUser | null> {
  const include = request.params.get("include");
  if (include === null || include === "" || include === "published") return null;
  if (include !== "drafts") {
    throw new HttpError(400, "invalid_parameter", "include must be drafts or published.", { include: ["Use drafts or published."] });
  }
  const user = await request.getUser();
  if (!user) throw new UnauthenticatedError("Sign in to export drafts.");
  enforce(user, "update:export-drafts", "Your role cannot export drafts.");
  return user;
}

const AUDIT_QUERY = withDateOrder(
  z.object({ ...dateRangeShape, action: z.string().trim().regex(/^[a-z]+(\.[a-z-]+)*$/, "Use an action such as update.publish.").optional() }),
);

const PLEDGE_QUERY = z.object({ pledge: updateFilterQuery.shape.pledge });
const LEDGER_QUERY = z.object({ pledge: updateFilterQuery.shape.pledge, region: updateFilterQuery.shape.region });

/** A reader for a report that fits in one page. */
function onePage<Row>(read: () => Promise<Row[]>): () => Promise<Row[] | null> {
  let done = false;
  return async () => {
    if (done) return null;
    done = true;
    return read();
  };
}

async function requireKnownPledge(slug: string | undefined) {
  if (slug && !(await db.pledge.findUnique({ where: { slug }, select: { id: true } }))) {
    throw new HttpError(400, "invalid_parameter", `No pledge has the slug "${slug}".`, { pledge: [`No pledge has the slug "${slug}".`] });
  }
}

const UPDATE_FILTERS = ["pledge", "from", "to", "country", "region", "field", "level"] as const;

export const REPORTS: readonly ReportDefinition[] = [
  {
    name: "pledge-summary",
    title: "Pledge summary",
    description: "One row per pledge: target, current value, % complete, expected by now, projected, status and last update.",
    filters: ["as_of", "lang"],
    columns: PLEDGE_SUMMARY_COLUMNS,
    access: "public",
    keys: { primaryKey: ["pledge"] },
    async createStream(request) {
      const asOf = requireAsOf(request.params);
      const locale = requireLang(request.params);
      return createCsvStream({ columns: PLEDGE_SUMMARY_COLUMNS, nextPage: onePage(() => getPledgeSummaries({ asOf, locale })), bom: request.bom });
    },
  },
  {
    name: "updates-log",
    title: "Updates log",
    description:
      "Every published progress update: pledge, event date, quantity, field or workstream, countries reached, evidence, and when and by whom it was published.",
    filters: [...UPDATE_FILTERS, "include", "as_of"],
    columns: UPDATE_LOG_COLUMNS,
    access: "public",
    keys: { primaryKey: ["id"], foreignKeys: [PLEDGE_REFERENCE] },
    async createStream(request) {
      const asOf = requireAsOf(request.params);
      const viewer = await readIncludeDrafts(request);
      if (asOf && viewer) throw new HttpError(400, "invalid_parameter", "as_of shows published updates only: leave out include=drafts.", { as_of: ["as_of cannot be combined with include=drafts."] });
      const filters = parseQuery(updateFilterQuery, request.params, UPDATE_FILTERS);
      const query = await resolveUpdateLogQuery(filters, viewer ? ALL_STATES : PUBLIC_STATES);
      if (viewer) query.unpublishedAuthorId = getUnpublishedAuthorScope(viewer) ?? undefined;
      if (asOf) query.asOf = asOf.end;
      return createCsvStream({ columns: UPDATE_LOG_COLUMNS, nextPage: createUpdateLogReader(query), bom: request.bom });
    },
  },
  {
    name: "country-ledger",
    title: "Country ledger",
    description:
      "Country × pledge and workstream: which published updates reached each country, and its delivery status per workstream (planned, in progress, completed).",
    filters: ["pledge", "region", "as_of", "lang"],
    columns: COUNTRY_LEDGER_COLUMNS,
    access: "public",
    keys: { uniqueKeys: [["country_code", "pledge", "workstream"]], foreignKeys: [PLEDGE_REFERENCE] },
    async createStream(request) {
      const asOf = requireAsOf(request.params);
      const locale = requireLang(request.params);
      const filter = parseQuery(LEDGER_QUERY, request.params);
      await requireKnownPledge(filter.pledge);
      const read = () => readCountryLedgerRows({ ...filter, asOfDay: asOf?.day ?? null, locale });
      return createCsvStream({ columns: COUNTRY_LEDGER_COLUMNS, nextPage: onePage(read), bom: request.bom });
    },
  },
  {
    name: "annual-breakdown",
    title: "Annual breakdown",
    description: "Pledge × period year × field against the annual plan: planned, actual, and whether the year's target was met.",
    filters: ["pledge", "as_of", "lang"],
    columns: ANNUAL_BREAKDOWN_COLUMNS,
    access: "public",
    keys: { uniqueKeys: [["pledge", "year", "field"]], foreignKeys: [PLEDGE_REFERENCE] },
    async createStream(request) {
      const asOf = requireAsOf(request.params);
      const locale = requireLang(request.params);
      const filter = parseQuery(PLEDGE_QUERY, request.params);
      await requireKnownPledge(filter.pledge);
      const read = () => readAnnualBreakdownRows({ ...filter, asOfDay: asOf?.day ?? null, locale });
      return createCsvStream({ columns: ANNUAL_BREAKDOWN_COLUMNS, nextPage: onePage(read), bom: request.bom });
    },
  },
  {
    name: "audit-log",
    title: "Audit log",
    description: "Every change made through the app: who, when, what, and the record before and after. Admins only.",
    filters: ["from", "to", "action"],
    columns: AUDIT_LOG_COLUMNS,
    access: "audit:read",
    async createStream(request) {
      const filter = parseQuery(AUDIT_QUERY, request.params);
      return createCsvStream({ columns: AUDIT_LOG_COLUMNS, nextPage: createAuditReader(filter), bom: request.bom });
    },
  },
  {
    name: "changes",
    title: "Change log",
    description: "Every change to public data, newest first: publications, corrections (before → after and the reason), deletions, status and definition changes, checks, data releases.",
    filters: ["pledge", "kind"],
    columns: CHANGE_LOG_COLUMNS,
    access: "public",
    createStream: (request) => createChangeLogStream(request.params, request.bom),
  },
];

export function findReport(name: string): ReportDefinition | undefined {
  return REPORTS.find((r) => r.name === name);
}

/** Answers GET /reports/<name>.csv: looks the report up, checks access, then streams it. Errors use the one shape. */
export async function serveReport(options: {
  request: Request;
  file: string;
  getUser: () => Promise<SessionUser | null>;
}): Promise<Response> {
  let release: (() => void) | undefined;
  try {
    const report = findReport(options.file.replace(/\.csv$/, ""));
    if (!report) throw new HttpError(404, "not_found", `There is no report called "${options.file}".`);
    if (report.access !== "public") {
      const user = await options.getUser();
      if (!user) throw new UnauthenticatedError("Sign in to download this report.");
      enforce(user, report.access, "Your role cannot download this report.");
    }
    const params = new URL(options.request.url).searchParams;
    const env = getEnv();
    release = acquireExportSlot({
      client: clientRateKey(readClientAddress(options.request.headers)),
      perClient: env.EXPORT_CONCURRENCY_PER_CLIENT,
      total: env.EXPORT_CONCURRENCY_TOTAL,
    });
    const body = await report.createStream({ params, getUser: options.getUser, bom: params.get("bom") === "1" });
    return csvResponse({ report: report.name, body: releaseWhenDone(body, release) });
  } catch (error) {
    release?.();
    const busy = error instanceof ExportBusyError;
    return errorResponse(error, busy ? { headers: { "Retry-After": String(EXPORT_RETRY_AFTER_SECONDS) } } : {});
  }
}
