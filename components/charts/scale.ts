/** Plain arithmetic for the server-drawn charts: a linear scale and round tick values, no charting library. */

/** Round tick values from 0 to at least `max`, about `count` of them (1, 2, 2.5 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd] (rangeEnd may be smaller: SVG's y grows downwards). */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (value) => round1(rangeStart + (value / span) * (rangeEnd - rangeStart));
}

/** One decimal is enough for SVG coordinates and keeps the HTML short. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Indexes of the months to label on a time axis: Januaries when the axis spans years, at most `max` of them. */
export function pickMonthTicks(months: string[], max = 6): number[] {
  if (months.length === 0) return [];
  const januaries = months.flatMap((m, i) => (m.endsWith("-01") ? [i] : []));
  const candidates = januaries.length >= 2 ? januaries : months.map((_, i) => i);
  const every = Math.max(1, Math.ceil(candidates.length / max));
  return candidates.filter((_, i) => i % every === 0);
}
