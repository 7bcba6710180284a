
export type ReportFilters = Record<string, string | string[] | number | null | undefined>;

/** The URL of a CSV report carrying the page's current filters; empty filters are left out. */
export function buildReportHref(report: string, filters: ReportFilters = {}, options: { bom?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === "") continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  if (options.bom) params.set("bom", "1");
  const query = params.toString();
  return `/reports/${report}.csv${query ? `?${query}` : ""}`;
}

/** A "Download CSV" link for a report, e.g. `<DownloadCsvLink report="updates-log" filters={{ pledge, country }} label={t("…")} />`. */
export function DownloadCsvLink(props: { report: string; filters?: ReportFilters; label: string; bom?: boolean }) {
  const href = buildReportHref(props.report, props.filters, { bom: props.bom });
  return (
    <a href={href} download className="download-link" data-testid={`download-${props.report}`}>
      {props.label}
    </a>
  );
}
