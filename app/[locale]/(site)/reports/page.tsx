import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.reports" });
  return buildPageMetadata({ locale, title: t("title"), description: t("metaDescription"), path: "/reports" });
}

export default async function ReportsPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const [options, user, t, tr] = await Promise.all([
    listReportFilterOptions(),
    getCurrentUser(),
    getTranslations({ locale, namespace: "public.reports" }),
    getTranslations({ locale, namespace: "reports" }),
  ]);
  const reports = REPORTS.filter((r) => r.access === "public" || can(user, r.access));
  const drafts = can(user, "update:export-drafts") ? (getUnpublishedAuthorScope(user) === null ? "all" : "own") : "none";
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {user ? <p className="muted">{t("signedIn", { name: user.name, drafts, audit: can(user, "audit:read") ? "yes" : "no" })}</p> : null}
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.name} className="card" id={report.name} data-testid={`report-${report.name}`}>
            <h2>
              {t(`catalog.${report.name}.title`)} {report.access !== "public" ? <span className="muted">{t("signedInOnly")}</span> : null}
            </h2>
            <p>{t(`catalog.${report.name}.description`)}</p>
            <p className="report-actions">
              <DownloadCsvLink report={report.name} label={t("download", { title: t(`catalog.${report.name}.title`) })} />
              <DownloadCsvLink report={report.name} bom label={t("excel")} />
            </p>
            {report.name === "updates-log" ? <UpdatesLogFilterForm options={options} allowDrafts={can(user, "update:export-drafts")} /> : null}
            <details>
              <summary>{t("columns")}</summary>
              <dl className="report-columns">
                {report.columns.map((column) => (
                  <div key={column.header}>
                    <dt>
                      <code>{column.header}</code> <span className="muted">({column.type})</span>
                    </dt>
                    <dd>{tr(`columns.${report.name}.${column.header}`)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ul>
      <p className="muted">{t.rich("api", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
    </>
  );
}
