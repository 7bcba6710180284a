import Link from "next/link";
import { Badge, EmptyState, SampleTag } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/components/ui/format";
import { EvidenceBlock, EvidenceLevelBadge } from "@/components/updates/evidence-block";
import type { PublicUpdate } from "@/lib/updates/public";
import styles from "./updates.module.css";

/** Published updates, newest first, with their evidence; corrections are said so. */
export function UpdateList({ items, showPledge, empty }: { items: PublicUpdate[]; showPledge: boolean; empty: string }) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ol className={styles.list} data-testid="update-list">
      {items.map((u) => (
        <li key={u.id} id={`update-${u.id}`} className={styles.item} data-testid="update-item">
          <div className={styles.when}>
            <time dateTime={u.eventDate}>{formatDate(u.eventDate)}</time>
          </div>
          <div className={styles.body}>
            <h3 className={styles.title}>
              <Link href={`/updates/${u.id}`}>{u.title}</Link>
              {u.isSample ? <SampleTag /> : null}
            </h3>
            <p className={styles.meta}>
              {u.pledge.measure === "SUM" ? (
                <strong>
                  +{formatNumber(u.quantity)} {u.pledge.unit}
                </strong>
              ) : null}
              {showPledge ? (
                <>
                  {" "}
                  · <Link href={`/pledges/${u.pledge.slug}`}>{u.pledge.title}</Link>
                </>
              ) : null}
              {u.field ? <> · {u.field}</> : null}
              {u.countries.length ? (
                <>
                  {" "}
                  ·{" "}
                  {u.countries.map((c, i) => (
                    <span key={c.iso3}>
                      {i ? ", " : ""}
                      <Link href={`/countries/${c.iso3}`}>{c.name}</Link>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
            {u.description ? <p className={styles.description}>{u.description}</p> : null}
            {u.correctedAt ? <Badge tone="info" label={`Corrected ${formatDate(u.correctedAt)}`} /> : null}
            <EvidenceLevelBadge level={u.evidenceLevel} />
            <EvidenceBlock evidence={u.evidence} />
            <p className={styles.published}>Published {formatDate(u.publishedAt)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
