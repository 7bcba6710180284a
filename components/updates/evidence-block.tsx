import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useSiteLocale } from "@/components/ui/locale";
import type { EvidenceLevel } from "@/lib/db";
import type { InternalEvidenceNotice, PublicEvidence } from "@/lib/evidence/public";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import styles from "./updates.module.css";

const LEVEL_TONE = { DOCUMENTED: "good", CORROBORATED: "info", SELF_REPORTED: "neutral" } as const;

/** The strength of an update's evidence, in words. */
export function EvidenceLevelBadge({ level }: { level: EvidenceLevel }) {
  const t = useTranslations("public.evidence");
  return (
    <span data-testid="evidence-level">
      <Badge tone={LEVEL_TONE[level]} prefix={t("prefix")} label={getLabels(useSiteLocale())(`evidenceLevel.${level}`)} />
    </span>
  );
}

type Translate = ReturnType<typeof useTranslations<"public.evidence">>;

const sizeText = (bytes: number, t: Translate, number: (n: number) => string) =>
  bytes < 1024 * 1024 ? t("kilobytes", { size: number(Math.max(1, Math.round(bytes / 1024))) }) : t("megabytes", { size: number(bytes / 1024 / 1024) });

/** "1 internal document, reviewed by A. Reviewer on 3 Mar 2024": that it exists and who reviewed it, nothing more. */
function noticeText(n: InternalEvidenceNotice, t: Translate, date: (iso: string) => string) {
  const kind = n.hasDocument ? "document" : "source";
  if (!n.reviewedBy) return t("internalUnreviewed", { kind });
  return n.reviewedAt ? t("internalReviewedOn", { kind, name: n.reviewedBy, date: date(n.reviewedAt) }) : t("internalReviewed", { kind, name: n.reviewedBy });
}

/** An update's public evidence items, and one line per internal item saying only that it exists and who reviewed it. */
export function EvidenceBlock({ evidence }: { evidence: PublicEvidence }) {
  const t = useTranslations("public.evidence");
  const locale = useSiteLocale();
  const labels = getLabels(locale);
  const { date: formatDate, number } = getFormats(locale);
  if (!evidence.items.length && !evidence.internal.length) return <p className="muted">{t("none")}</p>;
  return (
    <ul className={styles.evidence} aria-label={t("label")}>
      {evidence.items.map((e, i) => (
        <li key={`p${i}`} data-testid="evidence-item">
          {e.source ? <span className="muted">{t("source", { source: labels(`evidenceSource.${e.source}`) })} </span> : null}
          {[e.publisher, e.date ? formatDate(e.date) : null].filter(Boolean).join(", ")}
          {e.url ? (
            <>
              {e.publisher || e.date ? " · " : null}
              <a href={e.url} rel="noopener noreferrer">
                {e.reference && !e.document ? e.reference : e.url}
              </a>
            </>
          ) : e.reference && !e.document ? (
            <cite>{e.reference}</cite>
          ) : null}
          {e.document ? (
            <>
              {" · "}
              <a href={e.document.downloadUrl} download>
                {t("document", { type: e.document.mediaType, size: sizeText(e.document.byteSize, t, number) })}
              </a>
              {e.reference ? <> · {e.reference}</> : null}{" "}
              <span className={styles.sha}>
                {t("sha256")} <code data-testid="evidence-sha256">{e.document.sha256}</code>
              </span>
            </>
          ) : null}
        </li>
      ))}
      {evidence.internal.map((n, i) => (
        <li key={`i${i}`} data-testid="evidence-internal">
          {noticeText(n, t, formatDate)}
          {n.sha256 ? (
            <>
              {" "}
              <span className={styles.sha}>
                {t("sha256")} <code data-testid="evidence-sha256">{n.sha256}</code>
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
