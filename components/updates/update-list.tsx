import { Badge, EmptyState, SampleTag } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/components/ui/format";
import { EvidenceBlock, EvidenceLevelBadge } from "@/components/updates/evidence-block";
import type { PublicUpdate } from "@/lib/updates/public";
import { languageTag, WrittenIn } from "@/components/translations/written-in";
import { WithoutReviewBadge } from "./without-review-badge";
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
              <a href={`/updates/${u.id}`} lang={languageTag(u.lang)}>{u.title}</a>
              {u.isSample ? <SampleTag /> : null}
            </h3>
            <WrittenIn lang={u.lang} />
            <p className={styles.meta}>
              {u.pledge.measure === "SUM" ? (
                <strong>
                  +{formatNumber(u.quantity)} {u.pledge.unit}
                </strong>
              ) : null}
              {showPledge ? (
                <>
                  {" "}
                  · <a href={`/pledges/${u.pledge.slug}`}>{u.pledge.title}</a>
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
                      <a href={`/countries/${c.iso3}`}>{c.name}</a>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
            {u.description ? <p className={styles.description} lang={languageTag(u.lang)}>{u.description}</p> : null}
            {u.correctedAt ? <Badge tone="info" label={`Corrected ${formatDate(u.correctedAt)}`} /> : null}
            <EvidenceLevelBadge level={u.evidenceLevel} />
            <WithoutReviewBadge update={u} />
            <EvidenceBlock evidence={u.evidence} />
            <p className={styles.published}>Published {formatDate(u.publishedAt)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
