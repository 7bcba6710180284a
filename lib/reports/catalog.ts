import { can, type SessionUser } from "@/lib/auth/permissions";
import { HttpError } from "@/lib/http/errors";
import { parseQuery, updateFilterQuery } from "@/lib/http/query";
import { ALL_STATES, PUBLIC_STATES, readUpdateLogPages, resolveUpdateLogQuery } from "@/lib/updates/log";
import { createCsvStream, type Column } from "./csv";
import { UPDATE_LOG_COLUMNS } from "./updates-log";

export type ReportName = "updates-log";

export type ReportRequest = { params: URLSearchParams; user: SessionUser | null; bom: boolean };

export type ReportDefinition = {
  name: ReportName;
  title: string;
  description: string;
  /** Query parameters the report understands besides `bom`. */
  filters: readonly string[];
  columns: readonly Pick<Column<never>, "header" | "type" | "description">[];
  /** Who may download it: everyone (published data only), or a signed-in user with a permission. */
  access: "public" | "audit:read";
  createStream: (request: ReportRequest) => Promise<ReadableStream<Uint8Array>>;
};

/** `?include=drafts` widens an export to unpublished updates, for editors and admins only. */
export function readIncludeDrafts(request: ReportRequest): boolean {
  const include = request.params.get("include");
  if (include === null || include === "" || include === "published") return false;
  if (include !== "drafts") {
    throw new HttpError(400, "invalid_parameter", "include must be drafts or published.", { include: ["Use drafts or published."] });
  }
  if (!request.user) throw new HttpError(401, "unauthenticated", "Sign in to export drafts.");
  if (!can(request.user, "update:export-drafts")) throw new HttpError(403, "forbidden", "Your role cannot export drafts.");
  return true;
}

const UPDATE_FILTERS = ["pledge", "from", "to", "country", "region", "field"] as const;

export const REPORTS: readonly ReportDefinition[] = [
  {
    name: "updates-log",
    title: "Updates log",
    description:
      "Every published progress update: pledge, event date, quantity, field or workstream, countries reached, evidence, and when and by whom it was published.",
    filters: [...UPDATE_FILTERS, "include"],
    columns: UPDATE_LOG_COLUMNS,
    access: "public",
    async createStream(request) {
      const drafts = readIncludeDrafts(request);
      const filters = parseQuery(updateFilterQuery, request.params, UPDATE_FILTERS);
      const query = await resolveUpdateLogQuery(filters, drafts ? ALL_STATES : PUBLIC_STATES);
      return createCsvStream({ columns: UPDATE_LOG_COLUMNS, pages: readUpdateLogPages(query), bom: request.bom });
    },
  },
];

export function findReport(name: string): ReportDefinition | undefined {
  return REPORTS.find((r) => r.name === name);
}
