import { formatMonth, formatNumber } from "@/components/ui/format";
import { linearScale, niceTicks, pickMonthTicks, round1 } from "./scale";

export type CumulativeChartProps = {
  data: { month: string; actual: number | null; expected: number }[];
  target: number;
  periodEndMonth: string;
  unit: string;
  label: string;
};

const W = 420;
const H = 280;
const PAD = { top: 22, right: 12, bottom: 52, left: 52 };
const TEXT = { fill: "#3d4450", fontSize: 12 };

/**
 * Cumulative actual (solid, stepped) against the expected pace (dashed), with the target and period end marked.
 * Drawn on the server as plain SVG that scales with its viewBox: it is in the HTML, works without JavaScript,
 * and ships no script. The table beside it has every month's numbers.
 */
export default function CumulativeChart({ data, target, periodEndMonth, label }: CumulativeChartProps) {
  const max = Math.max(target, ...data.map((p) => Math.max(p.actual ?? 0, p.expected)));
  const yTicks = niceTicks(max);
  const y = linearScale(yTicks.at(-1)!, H - PAD.bottom, PAD.top);
  const step = data.length > 1 ? (W - PAD.left - PAD.right) / (data.length - 1) : 0;
  const x = (i: number) => round1(PAD.left + i * step);
  const expected = data.map((p, i) => `${x(i)},${y(p.expected)}`).join(" ");
  let actual = "";
  data.forEach((p, i) => {
    if (p.actual === null) return;
    actual += actual ? `H${x(i)}V${y(p.actual)}` : `M${x(i)},${y(p.actual)}`;
  });
  const endIndex = data.findIndex((p) => p.month === periodEndMonth);
  const legendY = H - 12;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-chart="cumulative" style={{ display: "block", height: "auto" }}>
      <title>{label}</title>
      <g stroke="#d0d4da" strokeDasharray="2 4">
        {yTicks.map((t) => (
          <line key={t} x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <g {...TEXT} textAnchor="end">
        {yTicks.map((t) => (
          <text key={t} x={PAD.left - 6} y={y(t) + 4}>{formatNumber(t)}</text>
        ))}
      </g>
      <g {...TEXT} textAnchor="middle">
        {pickMonthTicks(data.map((p) => p.month)).map((i) => (
          <text key={i} x={x(i)} y={H - PAD.bottom + 16}>{data[i].month.endsWith("-01") ? data[i].month.slice(0, 4) : formatMonth(data[i].month)}</text>
        ))}
      </g>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(target)} y2={y(target)} stroke="#1a1a1a" strokeDasharray="8 3" />
      <text x={PAD.left + 4} y={y(target) - 5} fill="#1a1a1a" fontSize={12}>Target {formatNumber(target)}</text>
      {endIndex >= 0 ? (
        <>
          <line x1={x(endIndex)} x2={x(endIndex)} y1={PAD.top} y2={H - PAD.bottom} stroke="#7a4a00" />
          <text x={x(endIndex) - 4} y={PAD.top - 6} fill="#7a4a00" fontSize={12} textAnchor="end">Period end</text>
        </>
      ) : null}
      <polyline points={expected} fill="none" stroke="#6b4fa0" strokeDasharray="6 4" strokeWidth={2} />
      {actual ? <path d={actual} fill="none" stroke="#0b5cad" strokeWidth={3} data-series="actual" /> : null}
      <g fontSize={12} fill="#1a1a1a">
        <line x1={PAD.left} x2={PAD.left + 22} y1={legendY - 4} y2={legendY - 4} stroke="#0b5cad" strokeWidth={3} />
        <text x={PAD.left + 28} y={legendY}>Published (cumulative)</text>
        <line x1={PAD.left + 190} x2={PAD.left + 212} y1={legendY - 4} y2={legendY - 4} stroke="#6b4fa0" strokeDasharray="6 4" strokeWidth={2} />
        <text x={PAD.left + 218} y={legendY}>Expected pace</text>
      </g>
    </svg>
  );
}
