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

/**
 * Horizontal positions in the reading direction. The charts are laid out left to right; in a right-to-left language
 * every position is mirrored (x → width − x), so the value axis stands on the right and time runs from right to left.
 * Text keeps its text-anchor: the <svg> carries the language's direction, where "start" is the right-hand side.
 */
export function createMirror(width: number, rtl: boolean) {
  return {
    /** A point's x. */
    x: (x: number) => (rtl ? round1(width - x) : x),
    /** The x of a box's left edge, from its left edge and width laid out left to right. */
    box: (x: number, boxWidth: number) => (rtl ? round1(width - x - boxWidth) : x),
  };
}
