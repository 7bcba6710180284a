import { useTranslations } from "next-intl";
import { getFormats } from "@/lib/i18n/format";
import { useSiteLocale } from "./locale";
import styles from "./ui.module.css";

/** Progress toward a target, with an optional dashed marker for where the pace says it should be. */
export function ProgressBar({ percent, expectedPercent, label }: { percent: number | null; expectedPercent?: number | null; label: string }) {
  const t = useTranslations("common.ui");
  const { percent: formatPercent } = getFormats(useSiteLocale());
  const width = Math.min(100, Math.max(0, percent ?? 0));
  const marker = expectedPercent === null || expectedPercent === undefined ? null : Math.min(100, Math.max(0, expectedPercent));
  return (
    <div
      className={styles.progress}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(width)}
      aria-valuetext={percent === null ? t("notAvailable") : formatPercent(percent)}
    >
      <div className={styles.progressFill} style={{ width: `${width}%` }} />
      {marker !== null ? <div className={styles.progressMarker} style={{ insetInlineStart: `${marker}%` }} title={t("expectedByNow")} /> : null}
    </div>
  );
}
