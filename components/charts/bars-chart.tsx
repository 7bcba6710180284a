import { useId } from "react";
import { formatNumber } from "@/components/ui/format";
import { linearScale, niceTicks, round1 } from "./scale";

export type BarsChartProps = {
  data: { label: string; value: number; planned?: number | null }[];
  valueName: string;
  plannedName?: string;
  label: string;
  layout?: "vertical" | "horizontal";
};

const W = 480;
const TEXT = { fill: "#3d4450", fontSize: 12 };
const VALUE = "#0b5cad";
const PLANNED = "#6b4fa0";

/**
 * Bars with their values printed on them; a planned series, when given, is hatched and named in the legend.
 * Drawn on the server as plain SVG scaled by its viewBox: in the HTML, no script. Each bar's <title> names its
 * numbers on hover. "vertical" lays out one row per item, its name above its bar, so long names fit a phone.
 */
export default function BarsChart(props: BarsChartProps) {
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  return props.layout === "vertical" ? <RowBars {...props} /> : <ColumnBars {...props} hatch={hatch} />;
}

function ColumnBars({ data, valueName, plannedName, label, hatch }: BarsChartProps & { hatch: string }) {
  const H = 260;
  const pad = { top: 22, right: 8, bottom: plannedName ? 48 : 28, left: 52 };
  const ticks = niceTicks(Math.max(...data.map((d) => Math.max(d.value, d.planned ?? 0)), 0));
  const y = linearScale(ticks.at(-1)!, H - pad.bottom, pad.top);
  const band = (W - pad.left - pad.right) / Math.max(data.length, 1);
  const series = plannedName ? 2 : 1;
  const barWidth = round1(Math.min(48, (band * 0.7) / series));
  const legendY = H - 10;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-chart="columns" style={{ display: "block", height: "auto" }}>
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
        {ticks.map((t) => (
          <line key={t} x1={pad.left} x2={W - pad.right} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <g {...TEXT} textAnchor="end">
        {ticks.map((t) => (
          <text key={t} x={pad.left - 6} y={y(t) + 4}>{formatNumber(t)}</text>
        ))}
      </g>
      {data.map((d, i) => {
        const left = pad.left + i * band + (band - barWidth * series) / 2;
        const bars = [
          ...(plannedName ? [{ value: d.planned ?? null, name: plannedName, fill: `url(#${hatch})`, stroke: PLANNED, testId: "bar-planned" }] : []),
          { value: d.value as number | null, name: valueName, fill: VALUE, stroke: "none", testId: "bar-value" },
        ];
        return (
          <g key={d.label}>
            {bars.map((b, j) => {
              if (b.value === null) return null;
              const x = round1(left + j * barWidth);
              return (
                <g key={b.name}>
                  <rect x={x} y={y(b.value)} width={barWidth} height={round1(y(0) - y(b.value))} fill={b.fill} stroke={b.stroke}>
                    <title>{`${d.label}, ${b.name}: ${formatNumber(b.value)}`}</title>
                  </rect>
                  <text x={round1(x + barWidth / 2)} y={y(b.value) - 4} textAnchor="middle" fill="#1a1a1a" fontSize={12} data-testid={b.testId}>
                    {formatNumber(b.value)}
                  </text>
                </g>
              );
            })}
            <text x={round1(pad.left + (i + 0.5) * band)} y={H - pad.bottom + 16} textAnchor="middle" {...TEXT}>{d.label}</text>
          </g>
        );
      })}
      {plannedName ? (
        <g fontSize={12} fill="#1a1a1a">
          <rect x={pad.left} y={legendY - 10} width={14} height={10} fill={`url(#${hatch})`} stroke={PLANNED} />
          <text x={pad.left + 20} y={legendY}>{plannedName}</text>
          <rect x={pad.left + 110} y={legendY - 10} width={14} height={10} fill={VALUE} />
          <text x={pad.left + 130} y={legendY}>{valueName}</text>
        </g>
      ) : null}
    </svg>
  );
}

function RowBars({ data, valueName, label }: BarsChartProps) {
  // Narrower than the columns, so names stay legible on a phone; capped so they do not grow large on a desktop.
  const W = 360;
  const row = 40;
  const pad = { top: 4, right: 56, left: 4 };
  const H = pad.top + data.length * row + 4;
  const x = linearScale(Math.max(...data.map((d) => d.value), 0), 0, W - pad.left - pad.right);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-chart="rows" style={{ display: "block", height: "auto", maxWidth: "30rem" }}>
      <title>{label}</title>
      {data.map((d, i) => {
        const top = pad.top + i * row;
        const width = x(d.value);
        return (
          <g key={d.label}>
            <text x={pad.left} y={top + 13} {...TEXT} fill="#1a1a1a">{d.label}</text>
            <rect x={pad.left} y={top + 18} width={round1(W - pad.left - pad.right)} height={14} fill="#eef0f3" />
            <rect x={pad.left} y={top + 18} width={width} height={14} fill={VALUE}>
              <title>{`${d.label}, ${valueName}: ${formatNumber(d.value)}`}</title>
            </rect>
            <text x={round1(pad.left + width + 6)} y={top + 30} fill="#1a1a1a" fontSize={12} data-testid="bar-value">{formatNumber(d.value)}</text>
          </g>
        );
      })}
    </svg>
  );
}
