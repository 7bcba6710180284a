import type { Metadata } from "next";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { DownloadCsvLink } from "@/components/reports/download-link";
import { UpdatesLogFilterForm } from "@/components/reports/updates-log-form";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { REPORTS } from "@/lib/reports/catalog";
import { listReportFilterOptions } from "@/lib/reports/options";
import { getUnpublishedAuthorScope } from "@/lib/updates/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return buildPageMetadata({ locale: await readPageLocale(params), title: "Reports", description: "CSV reports of the published data: pledge summary, updates log, country ledger, annual breakdown.", path: "/reports" });
}

export default async function ReportsPage() {
  const [options, user] = await Promise.all([listReportFilterOptions(), getCurrentUser()]);
  const reports = REPORTS.filter((r) => r.access === "public" || can(user, r.access));
  return (
    <>
      <h1>Reports</h1>
      <p>
        Every report is a CSV file (RFC 4180, UTF-8, ISO 8601 dates) of published data only, built when you download it.
        The &ldquo;for Excel&rdquo; links add a byte-order mark so Excel reads accents and non-Latin names correctly.
        Text cells that a spreadsheet would run as a formula start with a single quote.
      </p>
      {user ? (
        <p className="muted">
          Signed in as {user.name}: {can(user, "update:export-drafts")
            ? `the updates log can include ${getUnpublishedAuthorScope(user) === null ? "every editor's" : "your own"} drafts, `
            : ""}
          {can(user, "audit:read") ? "and the audit log is listed below." : "restricted reports appear when your role allows them."}
        </p>
      ) : null}
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.name} className="card" id={report.name} data-testid={`report-${report.name}`}>
            <h2>
              {report.title} {report.access !== "public" ? <span className="muted">(signed-in only)</span> : null}
            </h2>
            <p>{report.description}</p>
            <p className="report-actions">
              <DownloadCsvLink report={report.name} label={`Download ${report.title} (CSV)`} />
              <DownloadCsvLink report={report.name} bom label="CSV for Excel" />
            </p>
            {report.name === "updates-log" ? <UpdatesLogFilterForm options={options} allowDrafts={can(user, "update:export-drafts")} /> : null}
            <details>
              <summary>Columns</summary>
              <dl className="report-columns">
                {report.columns.map((column) => (
                  <div key={column.header}>
                    <dt>
                      <code>{column.header}</code> <span className="muted">({column.type})</span>
                    </dt>
                    <dd>{column.description}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ul>
      <p className="muted">
        The same data is available as JSON from the read-only API, described at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
    </>
  );
}
