import { getCurrentUser } from "@/lib/auth/session";
import { serveLiveDataFile } from "@/lib/open-data/serve";

export const dynamic = "force-dynamic";

/** GET /data/<file>: datapackage.json, the CSVs it describes, and today's ZIP (lib/open-data/serve.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return serveLiveDataFile({ request, file, getUser: getCurrentUser });
}
