import { useTranslations } from "next-intl";
import type { Tone } from "@/lib/pace/labels";
import styles from "./ui.module.css";

const GLYPH: Record<Tone, string> = { neutral: "○", good: "✓", warn: "!", bad: "✗", info: "i" };

/** A status in words with a glyph: color is never the only signal. */
export function Badge({ tone, label, prefix }: { tone: Tone; label: string; prefix?: string }) {
  return (
    <span className={styles.badge} data-tone={tone}>
      <span aria-hidden="true">{GLYPH[tone]}</span>
      {prefix ? <span className="visually-hidden">{prefix}: </span> : null}
      {label}
    </span>
  );
}

export function SampleTag() {
  const t = useTranslations("common.ui");
  return <span className={styles.sampleTag}>{t("sample")}</span>;
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <div className={styles.empty}>{children}</div>;
}
