import type { DataPackage } from "./package";

/**
 * schema.org Dataset for the /data page, so dataset search engines find it: from the same package as the files.
 * `downloads` are absolute URLs of the ZIP and datapackage.json.
 */
export function buildDatasetJsonLd(options: { pkg: DataPackage; url: string; zipUrl: string; packageUrl: string; csvUrl: (path: string) => string }) {
  const { pkg } = options;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: pkg.title,
    description: pkg.description,
    url: options.url,
    version: pkg.version,
    dateModified: pkg.created,
    keywords: pkg.keywords,
    license: pkg.licenses[0].path,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: "Pledge Tracker", url: new URL("/", options.url).toString() },
    citation: pkg.sources.map((s) => s.title),
    variableMeasured: pkg.resources.flatMap((r) => r.schema.fields.map((f) => ({ "@type": "PropertyValue", name: `${r.name}.${f.name}`, description: f.description }))),
    distribution: [
      { "@type": "DataDownload", name: "Whole package (ZIP)", encodingFormat: "application/zip", contentUrl: options.zipUrl },
      { "@type": "DataDownload", name: "datapackage.json", encodingFormat: "application/json", contentUrl: options.packageUrl },
      ...pkg.resources.map((r) => ({ "@type": "DataDownload", name: r.title, encodingFormat: "text/csv", contentUrl: options.csvUrl(r.path) })),
    ],
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function formatJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
