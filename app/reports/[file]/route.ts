import { getCurrentUser } from "@/lib/auth/session";
import { serveReport } from "@/lib/reports/catalog";

export const dynamic = "force-dynamic";

/** GET /reports/<report>.csv — streams one CSV report; lib/reports/catalog.ts lists names, filters and access. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return serveReport({ request, file, getUser: getCurrentUser });
}
