import styles from "./charts.module.css";

export type LegendItem = { name: string; swatch: "line" | "dashed" | "bar" | "hatched" };

/**
 * A chart's legend, as HTML below the drawing rather than SVG text inside it: it wraps and mirrors with the page (a
 * translated series name may be twice the English one, and Arabic starts on the right), which fixed SVG positions
 * cannot do without measuring text.
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.legend} data-testid="chart-legend">
      {items.map((item) => (
        <li key={item.name}>
          <span className={styles.swatch} data-swatch={item.swatch} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
