"use client";

import { useId, useState } from "react";
import styles from "./charts.module.css";

/**
 * A chart with its accessible alternatives: a one-line summary, and a toggle to the same numbers as a table.
 * The table is rendered on the server and passed in, so it is also what prints.
 */
export function ChartFrame({ title, summary, table, children, testId }: { title: string; summary: string; table: React.ReactNode; children: React.ReactNode; testId?: string }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className={styles.frame} data-testid={testId} aria-labelledby={`${id}-title`}>
      <div className={styles.head}>
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className={`${styles.toggle} no-print`} aria-pressed={asTable} aria-controls={`${id}-body`} onClick={() => setAsTable((v) => !v)}>
          {asTable ? "Show as chart" : "Show as table"}
        </button>
      </div>
      <p className={styles.summary} data-testid="chart-summary">
        {summary}
      </p>
      <div id={`${id}-body`}>
        {asTable ? (
          <div className="table-scroll" data-testid="chart-table">{table}</div>
        ) : (
          <>
            <div className={`${styles.plot} no-print`} data-testid="chart-plot">{children}</div>
            <div className={styles.printTable}>{table}</div>
          </>
        )}
      </div>
    </figure>
  );
}
