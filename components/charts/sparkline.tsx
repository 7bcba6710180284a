import { useTranslations } from "next-intl";
import { getFormats } from "@/lib/i18n/format";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { createMirror } from "./scale";

/** A tiny cumulative line drawn on the server as plain SVG: no client script. Time runs right to left in Arabic. */
export function Sparkline({ months, values, target, unit, locale }: { months: string[]; values: number[]; target: number; unit: string; locale: Locale }) {
  const t = useTranslations("charts");
  const width = 160;
  const height = 36;
  if (values.length === 0) return <span className="muted">{t("sparkline.empty")}</span>;
  const format = getFormats(locale);
  const m = createMirror(width, textDirection(locale) === "rtl");
  const max = Math.max(target, ...values, 1);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${m.x(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join(" ");
  const label = t("sparkline.label", {
    unit,
    first: format.number(values[0]),
    firstMonth: format.month(months[0]),
    last: format.number(values.at(-1) ?? 0),
    lastMonth: format.month(months.at(-1) ?? months[0]),
    target: format.number(target),
  });
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} style={{ display: "block" }}>
      <title>{label}</title>
      <line x1={0} x2={width} y1={height - 2} y2={height - 2} stroke="#8a929c" strokeWidth={1} />
      <polyline points={points} fill="none" stroke="#0b5cad" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
