import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import type { EvidenceLevel } from "@/lib/db";
import { LEVEL_LABELS, SOURCE_LABELS } from "@/lib/evidence/level";
import { internalNoticeText, type PublicEvidence } from "@/lib/evidence/public";
import styles from "./updates.module.css";

const LEVEL_TONE = { DOCUMENTED: "good", CORROBORATED: "info", SELF_REPORTED: "neutral" } as const;

/** The strength of an update's evidence, in words. */
export function EvidenceLevelBadge({ level }: { level: EvidenceLevel }) {
  return (
    <span data-testid="evidence-level">
      <Badge tone={LEVEL_TONE[level]} prefix="Evidence" label={LEVEL_LABELS[level]} />
    </span>
  );
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** An update's public evidence items, and one line per internal item saying only that it exists and who reviewed it. */
export function EvidenceBlock({ evidence }: { evidence: PublicEvidence }) {
  if (!evidence.items.length && !evidence.internal.length) return <p className="muted">No evidence attached.</p>;
  return (
    <ul className={styles.evidence} aria-label="Evidence">
      {evidence.items.map((e, i) => (
        <li key={`p${i}`} data-testid="evidence-item">
          {e.source ? <span className="muted">{SOURCE_LABELS[e.source]}: </span> : null}
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
                Document ({e.document.mediaType}, {sizeText(e.document.byteSize)})
              </a>
              {e.reference ? <> · {e.reference}</> : null}{" "}
              <span className={styles.sha}>
                sha256 <code data-testid="evidence-sha256">{e.document.sha256}</code>
              </span>
            </>
          ) : null}
        </li>
      ))}
      {evidence.internal.map((n, i) => (
        <li key={`i${i}`} data-testid="evidence-internal">
          {internalNoticeText(n, formatDate)}
          {n.sha256 ? (
            <>
              {" "}
              <span className={styles.sha}>
                sha256 <code data-testid="evidence-sha256">{n.sha256}</code>
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
