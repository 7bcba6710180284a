import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { getPledgeFreshness, type PledgeFreshness } from "@/lib/freshness/queries";
import { useSiteLocale } from "@/components/ui/locale";
import { readRequestLocale } from "@/lib/i18n/params";

/** "Overdue since …" when neither an update nor a check happened within the pledge's reporting rhythm. */
export function OverdueBadge({ freshness }: { freshness: PledgeFreshness }) {
  const t = useTranslations("pledges.freshness");
  const { date } = getFormats(useSiteLocale());
  return freshness.overdueSince ? <Badge tone="warn" label={t("overdue", { date: date(freshness.overdueSince) })} prefix={t("prefix")} /> : null;
}

/**
 * The public freshness line of a pledge: rhythm, last updated, last checked, and the overdue badge. `compact` (the
 * overview card, which already shows the last update) leaves out the last update and the link to the pledge's changes.
 */
export async function PledgeFreshnessLine({ slug, compact = false }: { slug: string; compact?: boolean }) {
  const freshness = await getPledgeFreshness(slug);
  if (!freshness) return null;
  const locale = await readRequestLocale();
  const t = await getTranslations({ locale, namespace: "pledges.freshness" });
  const { date: formatDate } = getFormats(locale);
  const when = (iso: string | null) => {
    const words = iso ? <time dateTime={iso}>{formatDate(iso)}</time> : t("never");
    return function When() {
      return words;
    };
  };
  return (
    <p className="muted" data-testid="freshness">
      {t("reported", { months: freshness.rhythmMonths })}
      {compact ? null : <> · {t.rich("lastUpdated", { date: when(freshness.lastUpdatedAt) })}</>} · {t.rich("lastChecked", { date: when(freshness.lastCheckedAt) })}{" "}
      <OverdueBadge freshness={freshness} />
      {compact ? null : (
        <>
          {" "}
          · <a href={localizePath(`/changes?pledge=${slug}`, locale)}>{t("whatChanged")}</a>
        </>
      )}
    </p>
  );
}

/** Editors' to-do: every pledge, overdue first, with its last update and check. */
export function FreshnessTable({ rows }: { rows: PledgeFreshness[] }) {
  const t = useTranslations("pledges.freshness");
  const locale = useSiteLocale();
  const { date } = getFormats(locale);
  const day = (iso: string | null) => (iso ? date(iso) : t("never"));
  return (
    <table className="table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("pledge")}</th>
          <th scope="col">{t("rhythmHeading")}</th>
          <th scope="col">{t("lastUpdatedHeading")}</th>
          <th scope="col">{t("lastCheckedHeading")}</th>
          <th scope="col">{t("freshnessHeading")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.pledgeId} data-testid="freshness-row">
            <td>
              <a href={`${localizePath("/admin/checks", locale)}#pledge-${r.pledgeId}`}>{r.title}</a>
            </td>
            <td>{t("rhythm", { months: r.rhythmMonths })}</td>
            <td>{day(r.lastUpdatedAt)}</td>
            <td>{day(r.lastCheckedAt)}</td>
            <td>{r.overdueSince ? <OverdueBadge freshness={r} /> : t("upToDate")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
