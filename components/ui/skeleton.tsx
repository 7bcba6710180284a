import { useTranslations } from "next-intl";
import styles from "./ui.module.css";

export function Skeleton({ height = "1rem", width = "100%" }: { height?: string; width?: string }) {
  return <span className={styles.skeleton} style={{ height, width }} aria-hidden="true" />;
}

/** A block of skeleton lines standing in for a widget while it loads. */
export function WidgetSkeleton({ label, lines = 3, height }: { label: string; lines?: number; height?: string }) {
  const t = useTranslations("common.ui");
  return (
    <div role="status" aria-label={t("loading", { label })} style={{ display: "grid", gap: "0.5rem" }}>
      {height ? <Skeleton height={height} /> : null}
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} width={`${90 - i * 15}%`} />
      ))}
    </div>
  );
}
