import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { formatDataPackage, formatPackageReadme, listPackagedReports, packagedFileName, type DataPackage } from "./package";

/**
 * The whole package in one ZIP, streamed by yazl: datapackage.json, README.md, then each CSV as the report catalog
 * writes it. Every entry carries the package's `created` time, so one package's ZIP always has the same bytes
 * (a release is its stored bytes; the live ZIP's sha256 on /data is the one downloaded).
 */
export function createDataZipStream(pkg: DataPackage): Readable {
  const zip = new ZipFile();
  const options = { mtime: new Date(pkg.created), mode: 0o100644 };
  zip.addBuffer(Buffer.from(formatDataPackage(pkg)), "datapackage.json", options);
  zip.addBuffer(Buffer.from(formatPackageReadme(pkg)), "README.md", options);
  const params = new URLSearchParams();
  for (const report of listPackagedReports()) {
    // Lazy: each CSV is read from the database only when the ZIP reaches it, one after another.
    zip.addReadStreamLazy(packagedFileName(report), options, (done) => {
      report
        .createStream({ params, getUser: async () => null, bom: false })
        .then((body) => done(null, Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>)))
        .catch((error) => done(error, Readable.from([])));
    });
  }
  zip.end();
  return zip.outputStream as Readable;
}

/** The ZIP's name for a package built on `day` (YYYY-MM-DD). */
export function dataZipName(day: string): string {
  return `pledge-tracker-data-${day}.zip`;
}

/** Builds the ZIP into memory (a release stores it), with its sha256. */
export async function readDataZip(pkg: DataPackage): Promise<{ bytes: Buffer; sha256: string }> {
  const chunks: Buffer[] = [];
  const hash = createHash("sha256");
  for await (const chunk of createDataZipStream(pkg)) {
    chunks.push(chunk as Buffer);
    hash.update(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks), sha256: hash.digest("hex") };
}

/** The sha256 of the ZIP without keeping it: the bytes only pass through the hash. */
export async function hashDataZip(pkg: DataPackage): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createDataZipStream(pkg)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
