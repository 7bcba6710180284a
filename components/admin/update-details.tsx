import { useTranslations } from "next-intl";
import { WithoutReviewBadge } from "@/components/updates/without-review-badge";
import { EvidenceDetails } from "@/components/admin/evidence-details";
import { getFormats } from "@/lib/i18n/format";
import type { UpdateDetail } from "@/lib/updates/queries";
import { useSiteLocale } from "@/components/ui/locale";

export function UpdateDetails({ update, canConfirm = false }: { update: UpdateDetail; canConfirm?: boolean }) {
  const t = useTranslations("admin.details");
  const { number, date } = getFormats(useSiteLocale());
  return (
    <dl className="details">
      {update.fieldName && (
        <>
          <dt>{update.fieldLabel}</dt>
          <dd>{update.fieldName}</dd>
        </>
      )}
      <dt>{t("date")}</dt>
      <dd>{update.eventDate}</dd>
      <dt>{t("quantity")}</dt>
      <dd data-testid="update-quantity">{number(update.quantity)}</dd>
      <dt>{t("countries")}</dt>
      <dd>{update.countries.map((c) => c.name).join(", ") || "—"}</dd>
      <dt>{t("description")}</dt>
      <dd>{update.description || "—"}</dd>
      {update.publicSummary ? (
        <>
          <dt>{t("publicSummary")}</dt>
          <dd>{update.publicSummary}</dd>
        </>
      ) : null}
      <dt>{t("evidence")}</dt>
      <dd>
        <EvidenceDetails items={update.evidence} level={update.evidenceLevel} version={update.version} canConfirm={canConfirm} />
      </dd>
      {update.publishedAt && (
        <>
          <dt>{t("published")}</dt>
          <dd>
            {t("publishedBy", { date: date(update.publishedAt), reviewer: update.reviewer ?? t("anAdmin") })} <WithoutReviewBadge update={update} />
          </dd>
          {update.reviewComment && (
            <>
              <dt>{t("reviewerNote")}</dt>
              <dd data-testid="publication-note">{update.reviewComment}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}

export function UpdateRevisions({ revisions }: { revisions: UpdateDetail["revisions"] }) {
  const t = useTranslations("admin.details");
  const { date } = getFormats(useSiteLocale());
  if (revisions.length === 0) return null;
  return (
    <section>
      <h2>{t("history")}</h2>
      <ol>
        {revisions.map((r) => (
          <li key={r.version}>
            {t("revision", {
              version: r.version,
              date: date(r.createdAt),
              author: r.author ?? t("unknown"),
              reason: r.reason,
              quantity: String(r.snapshot.quantity),
              eventDate: String(r.snapshot.eventDate),
              title: String(r.snapshot.title),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
