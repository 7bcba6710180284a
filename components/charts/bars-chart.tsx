"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/ui/format";

export type BarsChartProps = {
  data: { label: string; value: number; planned?: number | null }[];
  valueName: string;
  plannedName?: string;
  label: string;
  layout?: "vertical" | "horizontal";
};

/** Bars with their values printed on them; a planned series, when given, is hatched and named in the legend. */
export default function BarsChart({ data, valueName, plannedName, label, layout = "horizontal" }: BarsChartProps) {
  const vertical = layout === "vertical";
  const height = vertical ? Math.max(160, data.length * 44 + 60) : 280;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 16, right: 40, bottom: 8, left: 8 }} title={label} desc={label} aria-label={label}>
        <defs>
          <pattern id="planned-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b4fa0" strokeWidth="3" />
          </pattern>
        </defs>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="2 4" />
        {vertical ? (
          <>
            <XAxis type="number" tickFormatter={(v: number) => formatNumber(v)} tick={{ fill: "#3d4450", fontSize: 12 }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fill: "#3d4450", fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: "#3d4450", fontSize: 12 }} />
            <YAxis tickFormatter={(v: number) => formatNumber(v)} width={56} tick={{ fill: "#3d4450", fontSize: 12 }} allowDecimals={false} />
          </>
        )}
        <Tooltip formatter={(v, name) => [formatNumber(Number(v)), name]} />
        {plannedName ? <Legend /> : null}
        {plannedName ? (
          <Bar dataKey="planned" name={plannedName} fill="url(#planned-hatch)" stroke="#6b4fa0" isAnimationActive={false}>
            <LabelList dataKey="planned" position={vertical ? "right" : "top"} fill="#1a1a1a" fontSize={12} formatter={(v: unknown) => (v == null ? "" : formatNumber(Number(v)))} />
          </Bar>
        ) : null}
        <Bar dataKey="value" name={valueName} fill="#0b5cad" isAnimationActive={false}>
          <LabelList dataKey="value" position={vertical ? "right" : "top"} fill="#1a1a1a" fontSize={12} formatter={(v: unknown) => formatNumber(Number(v))} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
