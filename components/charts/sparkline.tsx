import { formatMonth, formatNumber } from "@/components/ui/format";

/** A tiny cumulative line drawn on the server as plain SVG: no client script. */
export function Sparkline({ months, values, target, unit }: { months: string[]; values: number[]; target: number; unit: string }) {
  const width = 160;
  const height = 36;
  if (values.length === 0) return <span className="muted">No data yet</span>;
  const max = Math.max(target, ...values, 1);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`).join(" ");
  const label = `Cumulative ${unit} by month: ${formatNumber(values[0])} in ${formatMonth(months[0])}, ${formatNumber(values.at(-1) ?? 0)} in ${formatMonth(months.at(-1) ?? months[0])}, against a target of ${formatNumber(target)}.`;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} style={{ display: "block" }}>
      <title>{label}</title>
      <line x1={0} x2={width} y1={height - 2} y2={height - 2} stroke="#8a929c" strokeWidth={1} />
      <polyline points={points} fill="none" stroke="#0b5cad" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
