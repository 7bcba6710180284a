import { useTranslations } from "next-intl";
import { getFormats } from "@/lib/i18n/format";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { ChartLegend } from "./legend";
import { createMirror, linearScale, niceTicks, pickMonthTicks, round1 } from "./scale";

export type CumulativeChartProps = {
  data: { month: string; actual: number | null; expected: number }[];
  target: number;
  periodEndMonth: string;
  unit: string;
  label: string;
  locale: Locale;
};

const W = 420;
const H = 260;
const PAD = { top: 22, end: 12, bottom: 30, start: 52 };
const TEXT = { fill: "#3d4450", fontSize: 12 };

/**
 * Cumulative actual (solid, stepped) against the expected pace (dashed), with the target and period end marked.
 * Drawn on the server as plain SVG that scales with its viewBox: it is in the HTML, works without JavaScript,
 * and ships no script. The table beside it has every month's numbers. In Arabic the drawing is mirrored (value axis
 * on the right, time running right to left, like the page's progress bars), with numbers and months in the
 * language's own writing.
 */
export default function CumulativeChart({ data, target, periodEndMonth, label, locale }: CumulativeChartProps) {
  const t = useTranslations("charts");
  const format = getFormats(locale);
  const direction = textDirection(locale);
  const m = createMirror(W, direction === "rtl");
  const max = Math.max(target, ...data.map((p) => Math.max(p.actual ?? 0, p.expected)));
  const yTicks = niceTicks(max);
  const y = linearScale(yTicks.at(-1)!, H - PAD.bottom, PAD.top);
  const step = data.length > 1 ? (W - PAD.start - PAD.end) / (data.length - 1) : 0;
  const x = (i: number) => m.x(round1(PAD.start + i * step));
  const [plotStart, plotEnd] = [m.x(PAD.start), m.x(W - PAD.end)];
  const expected = data.map((p, i) => `${x(i)},${y(p.expected)}`).join(" ");
  let actual = "";
  data.forEach((p, i) => {
    if (p.actual === null) return;
    actual += actual ? `H${x(i)}V${y(p.actual)}` : `M${x(i)},${y(p.actual)}`;
  });
  const endIndex = data.findIndex((p) => p.month === periodEndMonth);
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} direction={direction} data-chart="cumulative" style={{ display: "block", height: "auto" }}>
        <title>{label}</title>
        <g stroke="#d0d4da" strokeDasharray="2 4">
          {yTicks.map((tick) => (
            <line key={tick} x1={plotStart} x2={plotEnd} y1={y(tick)} y2={y(tick)} />
          ))}
        </g>
        <g {...TEXT} textAnchor="end" data-axis="value">
          {yTicks.map((tick) => (
            <text key={tick} x={m.x(PAD.start - 6)} y={y(tick) + 4}>
              {format.number(tick)}
            </text>
          ))}
        </g>
        <g {...TEXT} textAnchor="middle" data-axis="time">
          {pickMonthTicks(data.map((p) => p.month)).map((i) => (
            <text key={i} x={x(i)} y={H - PAD.bottom + 16} data-month={data[i].month}>
              {data[i].month.endsWith("-01") ? format.year(data[i].month) : format.month(data[i].month)}
            </text>
          ))}
        </g>
        <line x1={plotStart} x2={plotEnd} y1={y(target)} y2={y(target)} stroke="#1a1a1a" strokeDasharray="8 3" />
        <text x={m.x(PAD.start + 4)} y={y(target) - 5} fill="#1a1a1a" fontSize={12}>
          {t("cumulative.target", { value: format.number(target) })}
        </text>
        {endIndex >= 0 ? (
          <>
            <line x1={x(endIndex)} x2={x(endIndex)} y1={PAD.top} y2={H - PAD.bottom} stroke="#7a4a00" />
            <text x={m.x(round1(PAD.start + endIndex * step) - 4)} y={PAD.top - 6} fill="#7a4a00" fontSize={12} textAnchor="end">
              {t("cumulative.periodEnd")}
            </text>
          </>
        ) : null}
        <polyline points={expected} fill="none" stroke="#6b4fa0" strokeDasharray="6 4" strokeWidth={2} />
        {actual ? <path d={actual} fill="none" stroke="#0b5cad" strokeWidth={3} data-series="actual" /> : null}
      </svg>
      <ChartLegend
        items={[
          { name: t("cumulative.actual"), swatch: "line" },
          { name: t("cumulative.expected"), swatch: "dashed" },
        ]}
      />
    </>
  );
}
