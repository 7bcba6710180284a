import { useTranslations } from "next-intl";
import styles from "./charts.module.css";
import { Heading, type HeadingLevel } from "@/components/ui/heading";

/**
 * A chart with its accessible alternatives: a one-line summary, and the same numbers as a table behind a
 * "Show as table" disclosure. Everything is rendered on the server: the chart and the table are in the HTML, and
 * the disclosure (<details>) opens without JavaScript. The table is also what prints.
 */
export function ChartFrame(props: { title: string; summary: string; table: React.ReactNode; children: React.ReactNode; testId?: string; headingLevel?: HeadingLevel }) {
  const { title, summary, table, children, testId, headingLevel } = props;
  const t = useTranslations("charts");
  return (
    <figure className={styles.frame} data-testid={testId}>
      <figcaption className={styles.head}>
        <Heading level={headingLevel}>{title}</Heading>
        <p className={styles.summary} data-testid="chart-summary">
          {summary}
        </p>
      </figcaption>
      <div className={`${styles.plot} no-print`} data-testid="chart-plot">
        {children}
      </div>
      <details className={styles.tableDetails}>
        <summary className={`${styles.toggle} no-print`}>{t("frame.showTable")}</summary>
        <div className="table-scroll" data-testid="chart-table">
          {table}
        </div>
      </details>
    </figure>
  );
}
