import { serveReleaseFile } from "@/lib/open-data/serve";

export const dynamic = "force-dynamic";

/** GET /data/releases/<N>/<file>: a release's datapackage.json or ZIP, exactly as frozen. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string; file: string }> }) {
  return serveReleaseFile(await params);
}
