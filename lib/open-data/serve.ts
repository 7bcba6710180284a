import { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { clientRateKey, readClientAddress } from "@/lib/http/client-address";
import { errorResponse, HttpError } from "@/lib/http/errors";
import { serveReport } from "@/lib/reports/catalog";
import { acquireExportSlot, EXPORT_RETRY_AFTER_SECONDS, ExportBusyError, releaseWhenDone } from "@/lib/reports/export-slots";
import { getLiveDataset, today } from "./live";
import { listPackagedReports, packagedFileName } from "./package";
import { getDataRelease, readDataReleaseZip } from "./releases";
import { createDataZipStream, dataZipName } from "./zip";

const ZIP_NAME = /^pledge-tracker-data-(\d{4}-\d{2}-\d{2})\.zip$/;
const IMMUTABLE = "public, max-age=31536000, immutable";

function jsonFile(body: string, cacheControl: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, "X-Content-Type-Options": "nosniff" } });
}

function zipResponse(body: ReadableStream<Uint8Array> | Uint8Array, name: string, headers: Record<string, string> = {}): Response {
  return new Response(body as BodyInit, {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${name}"`, "X-Content-Type-Options": "nosniff", ...headers },
  });
}

/** GET /data/<file>: datapackage.json, a CSV it names (the report), or today's ZIP (streamed). */
export async function serveLiveDataFile(options: { request: Request; file: string; getUser: () => Promise<SessionUser | null> }): Promise<Response> {
  const { request, file } = options;
  if (file === "datapackage.json") return jsonFile((await getLiveDataset()).json, "no-cache");
  if (listPackagedReports().some((r) => packagedFileName(r) === file)) return serveReport({ request, file, getUser: options.getUser });
  const zip = ZIP_NAME.exec(file);
  if (!zip) return errorResponse(new HttpError(404, "not_found", `There is no data file called "${file}". /data lists them.`));
  const day = today();
  // Yesterday's link still works: it leads to today's data (numbered releases are the permanent copies).
  if (zip[1] !== day) return Response.redirect(new URL(`/data/${dataZipName(day)}`, request.url), 302);
  let release: (() => void) | undefined;
  try {
    const env = getEnv();
    release = acquireExportSlot({ client: clientRateKey(readClientAddress(request.headers)), perClient: env.EXPORT_CONCURRENCY_PER_CLIENT, total: env.EXPORT_CONCURRENCY_TOTAL });
    const { pkg } = await getLiveDataset(day);
    const body = Readable.toWeb(createDataZipStream(pkg)) as ReadableStream<Uint8Array>;
    return zipResponse(releaseWhenDone(body, release), file, { "Cache-Control": "no-cache" });
  } catch (error) {
    release?.();
    return errorResponse(error, error instanceof ExportBusyError ? { headers: { "Retry-After": String(EXPORT_RETRY_AFTER_SECONDS) } } : {});
  }
}

/** GET /data/releases/<N>/<file>: the release's datapackage.json or its ZIP, byte for byte as frozen. */
export async function serveReleaseFile(options: { number: string; file: string }): Promise<Response> {
  const number = /^\d{1,9}$/.test(options.number) ? Number(options.number) : NaN;
  if (options.file === "datapackage.json") {
    const release = await getDataRelease(number);
    if (release) return jsonFile(release.packageJson, IMMUTABLE);
  } else {
    const zip = await readDataReleaseZip(number);
    if (zip && zip.zipName === options.file) return zipResponse(zip.bytes, zip.zipName, { "Cache-Control": IMMUTABLE, "Content-Length": String(zip.bytes.byteLength) });
  }
  return errorResponse(new HttpError(404, "not_found", `Release ${options.number} has no file called "${options.file}". /data lists the releases.`));
}
