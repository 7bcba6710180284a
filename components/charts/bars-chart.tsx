import { useTranslations } from "next-intl";
import { useId } from "react";
import { getFormats, type Formats } from "@/lib/i18n/format";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import { ChartLegend } from "./legend";
import { createMirror, linearScale, niceTicks, round1 } from "./scale";

export type BarsChartProps = {
  data: { label: string; value: number; planned?: number | null }[];
  valueName: string;
  plannedName?: string;
  label: string;
  layout?: "vertical" | "horizontal";
  locale: Locale;
};

const W = 480;
const TEXT = { fill: "#3d4450", fontSize: 12 };
const VALUE = "#0b5cad";
const PLANNED = "#6b4fa0";
const SERIES = { planned: { stroke: PLANNED, testId: "bar-planned" }, value: { stroke: "none", testId: "bar-value" } };

type DrawProps = Omit<BarsChartProps, "locale"> & { format: Formats; direction: "ltr" | "rtl" };

/**
 * Bars with their values printed on them; a planned series, when given, is hatched and named in the legend.
 * Drawn on the server as plain SVG scaled by its viewBox: in the HTML, no script. Each bar's <title> names its
 * numbers on hover. "vertical" lays out one row per item, its name above its bar, so long names fit a phone.
 * In Arabic the drawing is mirrored: columns (period years) run right to left from a value axis on the right, and
 * rows grow from the right under their right-aligned names.
 */
export default function BarsChart({ locale, ...props }: BarsChartProps) {
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const draw = { ...props, format: getFormats(locale), direction: textDirection(locale) };
  return props.layout === "vertical" ? <RowBars {...draw} /> : <ColumnBars {...draw} hatch={hatch} />;
}

function ColumnBars({ data, valueName, plannedName, label, hatch, format, direction }: DrawProps & { hatch: string }) {
  const t = useTranslations("charts");
  const H = 240;
  const pad = { top: 22, end: 8, bottom: 28, start: 52 };
  const m = createMirror(W, direction === "rtl");
  const ticks = niceTicks(Math.max(...data.map((d) => Math.max(d.value, d.planned ?? 0)), 0));
  const y = linearScale(ticks.at(-1)!, H - pad.bottom, pad.top);
  const band = (W - pad.start - pad.end) / Math.max(data.length, 1);
  const series = plannedName ? 2 : 1;
  const barWidth = round1(Math.min(48, (band * 0.7) / series));
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} direction={direction} data-chart="columns" style={{ display: "block", height: "auto" }}>
        <title>{label}</title>
        {plannedName ? (
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={PLANNED} strokeWidth="3" />
            </pattern>
          </defs>
        ) : null}
        <g stroke="#d0d4da" strokeDasharray="2 4">
          {ticks.map((tick) => (
            <line key={tick} x1={m.x(pad.start)} x2={m.x(W - pad.end)} y1={y(tick)} y2={y(tick)} />
          ))}
        </g>
        <g {...TEXT} textAnchor="end" data-axis="value">
          {ticks.map((tick) => (
            <text key={tick} x={m.x(pad.start - 6)} y={y(tick) + 4}>
              {format.number(tick)}
            </text>
          ))}
        </g>
        {data.map((d, i) => {
          const start = pad.start + i * band + (band - barWidth * series) / 2;
          const bars = [
            ...(plannedName ? [{ value: d.planned ?? null, name: plannedName, fill: `url(#${hatch})`, ...SERIES.planned }] : []),
            { value: d.value as number | null, name: valueName, fill: VALUE, ...SERIES.value },
          ];
          return (
            <g key={d.label}>
              {bars.map((b, j) => {
                if (b.value === null) return null;
                const x = round1(start + j * barWidth);
                return (
                  <g key={b.name}>
                    <rect x={m.box(x, barWidth)} y={y(b.value)} width={barWidth} height={round1(y(0) - y(b.value))} fill={b.fill} stroke={b.stroke}>
                      <title>{t("bars.barTitle", { label: d.label, series: b.name, value: format.number(b.value) })}</title>
                    </rect>
                    <text x={m.x(round1(x + barWidth / 2))} y={y(b.value) - 4} textAnchor="middle" fill="#1a1a1a" fontSize={12} data-testid={b.testId}>
                      {format.number(b.value)}
                    </text>
                  </g>
                );
              })}
              <text x={m.x(round1(pad.start + (i + 0.5) * band))} y={H - pad.bottom + 16} textAnchor="middle" {...TEXT} data-axis="category">
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      {plannedName ? (
        <ChartLegend
          items={[
            { name: plannedName, swatch: "hatched" },
            { name: valueName, swatch: "bar" },
          ]}
        />
      ) : null}
    </>
  );
}

function RowBars({ data, valueName, label, format, direction }: DrawProps) {
  const t = useTranslations("charts");
  // Narrower than the columns, so names stay legible on a phone; capped so they do not grow large on a desktop.
  const W = 360;
  const row = 40;
  const pad = { top: 4, end: 56, start: 4 };
  const m = createMirror(W, direction === "rtl");
  const H = pad.top + data.length * row + 4;
  const x = linearScale(Math.max(...data.map((d) => d.value), 0), 0, W - pad.start - pad.end);
  const track = round1(W - pad.start - pad.end);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} direction={direction} data-chart="rows" style={{ display: "block", height: "auto", maxWidth: "30rem" }}>
      <title>{label}</title>
      {data.map((d, i) => {
        const top = pad.top + i * row;
        const width = x(d.value);
        return (
          <g key={d.label}>
            <text x={m.x(pad.start)} y={top + 13} {...TEXT} fill="#1a1a1a">
              {d.label}
            </text>
            <rect x={m.box(pad.start, track)} y={top + 18} width={track} height={14} fill="#eef0f3" />
            <rect x={m.box(pad.start, width)} y={top + 18} width={width} height={14} fill={VALUE}>
              <title>{t("bars.barTitle", { label: d.label, series: valueName, value: format.number(d.value) })}</title>
            </rect>
            <text x={m.x(round1(pad.start + width + 6))} y={top + 30} fill="#1a1a1a" fontSize={12} data-testid="bar-value">
              {format.number(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
