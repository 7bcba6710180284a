import { useTranslations } from "next-intl";
import { Badge, EmptyState, SampleTag } from "@/components/ui/badge";
import { useSiteLocale } from "@/components/ui/locale";
import { EvidenceBlock, EvidenceLevelBadge } from "@/components/updates/evidence-block";
import { getFormats } from "@/lib/i18n/format";
import { localizeCountryName } from "@/lib/countries/names";
import { localizePath } from "@/lib/i18n/locales";
import type { PublicUpdate } from "@/lib/updates/public";
import { languageTag, WrittenIn } from "@/components/translations/written-in";
import { WithoutReviewBadge } from "./without-review-badge";
import styles from "./updates.module.css";

/** Published updates, newest first, with their evidence; corrections are said so. */
export function UpdateList({ items, showPledge, empty }: { items: PublicUpdate[]; showPledge: boolean; empty: string }) {
  const t = useTranslations("public.updateList");
  const locale = useSiteLocale();
  const { date: formatDate, number: formatNumber } = getFormats(locale);
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
              <a href={localizePath(`/updates/${u.id}`, locale)} lang={languageTag(u.lang)}>{u.title}</a>
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
                  · <a href={localizePath(`/pledges/${u.pledge.slug}`, locale)}>{u.pledge.title}</a>
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
                      <a href={localizePath(`/countries/${c.iso3}`, locale)}>{localizeCountryName(c, locale)}</a>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
            {u.description ? <p className={styles.description} lang={languageTag(u.lang)}>{u.description}</p> : null}
            {u.correctedAt ? <Badge tone="info" label={t("corrected", { date: formatDate(u.correctedAt) })} /> : null}
            <EvidenceLevelBadge level={u.evidenceLevel} />
            <WithoutReviewBadge update={u} />
            <EvidenceBlock evidence={u.evidence} />
            {u.publishedAt ? <p className={styles.published}>{t("published", { date: formatDate(u.publishedAt) })}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
