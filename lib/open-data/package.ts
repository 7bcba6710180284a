import { getEnv } from "@/lib/env";
import type { ColumnType } from "@/lib/reports/csv";
import { REPORTS, type ReportDefinition } from "@/lib/reports/catalog";
import { DATA_LICENSES } from "./licenses";

/**
 * The Frictionless Tabular Data Package (v2 profile) describing the public CSV reports. Its resources and fields come
 * from the report catalog (lib/reports/catalog.ts), the same list that writes the CSVs, the /reports page and the
 * README tables: there is no second list of columns.
 */

export const DATA_PACKAGE_NAME = "pledge-tracker";
const PROFILE = "https://datapackage.org/profiles/2.0";

const FIELD_TYPES: Record<ColumnType, { type: string; format?: string }> = {
  text: { type: "string" },
  number: { type: "number" },
  date: { type: "date", format: "default" },
  datetime: { type: "datetime", format: "default" },
  boolean: { type: "boolean" },
};

export type DataSource = { title: string; path?: string };

export type DataPackageOptions = {
  /** "N.0.0" for release N; a pre-release of the next one for the live package. */
  version: string;
  /** When the package was built (ISO 8601). */
  created: string;
  /** Where the package lives (the /data page); sources of the figures. */
  homepage: string;
  sources: DataSource[];
};

/** The reports the package holds: every public one, in catalog order. */
export function listPackagedReports(): ReportDefinition[] {
  return REPORTS.filter((report) => report.access === "public");
}

/** The file name of a report inside the package (beside datapackage.json, in the ZIP and under /data). */
export function packagedFileName(report: Pick<ReportDefinition, "name">): string {
  return `${report.name}.csv`;
}

function buildTableSchema(report: ReportDefinition) {
  return {
    $schema: `${PROFILE}/tableschema.json`,
    fields: report.columns.map((column) => ({ name: column.header, ...FIELD_TYPES[column.type], description: column.description })),
    missingValues: [""],
    ...(report.keys?.primaryKey ? { primaryKey: report.keys.primaryKey } : {}),
    ...(report.keys?.uniqueKeys ? { uniqueKeys: report.keys.uniqueKeys } : {}),
    ...(report.keys?.foreignKeys ? { foreignKeys: report.keys.foreignKeys } : {}),
  };
}

/** datapackage.json as an object; serialize it with formatDataPackage so every copy has the same bytes. */
export function buildDataPackage(options: DataPackageOptions) {
  const licenseId = getEnv().DATA_LICENSE;
  return {
    $schema: `${PROFILE}/datapackage.json`,
    name: DATA_PACKAGE_NAME,
    title: "Pledge Tracker: progress on public international commitments",
    description:
      "Published progress on each pledge: the pledge summary with its value against the target, every published update, " +
      "the countries reached and the annual breakdown. Figures count published updates only; drafts are never included.",
    version: options.version,
    created: options.created,
    homepage: options.homepage,
    keywords: ["pledges", "commitments", "accountability", "international cooperation"],
    licenses: [{ name: licenseId, ...DATA_LICENSES[licenseId] }],
    sources: options.sources,
    resources: listPackagedReports().map((report) => ({
      name: report.name,
      type: "table",
      path: packagedFileName(report),
      scheme: "file",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      title: report.title,
      description: report.description,
      dialect: { $schema: `${PROFILE}/tabledialect.json`, header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
      schema: buildTableSchema(report),
    })),
  };
}

export type DataPackage = ReturnType<typeof buildDataPackage>;

export function formatDataPackage(pkg: DataPackage): string {
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The short README that travels in the ZIP: what each file holds, field by field (from the same package). */
export function formatPackageReadme(pkg: DataPackage): string {
  const license = pkg.licenses[0];
  const lines = [
    `# ${pkg.title}`,
    "",
    pkg.description,
    "",
    `Version ${pkg.version}, built ${pkg.created}. Licence: ${license.title} (${license.name}), ${license.path}.`,
    `Home: ${pkg.homepage}. \`datapackage.json\` describes every file as a Frictionless Tabular Data Package (v2).`,
    "CSV files are RFC 4180, UTF-8, with a header row; dates are ISO 8601 (UTC); an empty cell means no value.",
    "",
    "## Sources",
    "",
    ...pkg.sources.map((s) => `- ${s.title}${s.path ? ` (${s.path})` : ""}`),
  ];
  for (const resource of pkg.resources) {
    lines.push("", `## ${resource.path}: ${resource.title}`, "", resource.description, "", "| Field | Type | Description |", "|---|---|---|");
    for (const field of resource.schema.fields) lines.push(`| \`${field.name}\` | ${field.type} | ${field.description.replaceAll("|", "\\|")} |`);
  }
  return lines.join("\n") + "\n";
}
