import { HttpError, errorResponse } from "@/lib/http/errors";
import { findReport } from "@/lib/reports/catalog";
import { csvResponse } from "@/lib/reports/csv";

export const dynamic = "force-dynamic";

/** GET /reports/<report>.csv — streams one CSV report; see the catalog for names, filters and access. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const report = findReport(file.replace(/\.csv$/, ""));
    if (!report) throw new HttpError(404, "not_found", `There is no report called "${file}".`);
    const searchParams = new URL(request.url).searchParams;
    const bom = searchParams.get("bom") === "1";
    const user = null;
    if (report.access !== "public") throw new HttpError(401, "unauthenticated", "Sign in to download this report.");
    const body = await report.createStream({ params: searchParams, user, bom });
    return csvResponse({ report: report.name, body });
  } catch (error) {
    return errorResponse(error);
  }
}
