/** Formatting shared by server and client components; fixed locale and UTC so server and browser agree. */

export function formatNumber(value: number, options: { maximumFractionDigits?: number } = {}): string {
  return value.toLocaleString("en", { maximumFractionDigits: options.maximumFractionDigits ?? 1 });
}

export function formatPercent(value: number | null): string {
  if (value === null) return "n/a";
  return `${value.toLocaleString("en", { maximumFractionDigits: value < 10 && value > 0 ? 1 : 0 })}%`;
}

export function formatDate(iso: string | null, style: "long" | "month" = "long"): string {
  if (!iso) return "never";
  const date = new Date(iso);
  return style === "month"
    ? date.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" })
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** "2019-03" → "Mar 2019". */
export function formatMonth(month: string): string {
  return formatDate(`${month}-01T00:00:00.000Z`, "month");
}

/** The inclusive last day of a period whose end names its last day. */
export function formatPeriod(startIso: string, endIso: string): string {
  return `${formatDate(startIso)} to ${formatDate(endIso)}`;
}
