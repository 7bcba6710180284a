"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonth, formatNumber } from "@/components/ui/format";

export type CumulativeChartProps = {
  data: { month: string; actual: number | null; expected: number }[];
  target: number;
  periodEndMonth: string;
  unit: string;
  label: string;
};

/** Cumulative actual (solid, dotted markers) against the expected pace (dashed), with the target and period end marked. */
export default function CumulativeChart({ data, target, periodEndMonth, unit, label }: CumulativeChartProps) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} title={label} desc={label} aria-label={label}>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="2 4" />
        <XAxis dataKey="month" tickFormatter={formatMonth} minTickGap={40} tick={{ fill: "#3d4450", fontSize: 12 }} />
        <YAxis tickFormatter={(v: number) => formatNumber(v)} width={56} tick={{ fill: "#3d4450", fontSize: 12 }} domain={[0, (max: number) => Math.max(max, target)]} />
        <Tooltip labelFormatter={(m) => formatMonth(String(m))} formatter={(v, name) => [`${formatNumber(Number(v))} ${unit}`, name]} />
        <Legend />
        <ReferenceLine y={target} stroke="#1a1a1a" strokeDasharray="8 3" label={{ value: `Target ${formatNumber(target)}`, position: "insideTopLeft", fill: "#1a1a1a", fontSize: 12 }} />
        <ReferenceLine x={periodEndMonth} stroke="#7a4a00" label={{ value: "Period end", position: "insideTopRight", fill: "#7a4a00", fontSize: 12 }} />
        <Line type="monotone" dataKey="expected" name="Expected pace" stroke="#6b4fa0" strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="stepAfter" dataKey="actual" name="Published (cumulative)" stroke="#0b5cad" strokeWidth={3} dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
