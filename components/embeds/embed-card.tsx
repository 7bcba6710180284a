import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getFormats } from "@/lib/i18n/format";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { useSiteLocale } from "@/components/ui/locale";

/** The embed's frame: title, value against the target, the chart given as children, the as-of date and a link back. */
export function EmbedCard({ pledge, summary, href, asOf, children }: { pledge: PledgeDetail; summary: PledgeSummary; href: string; asOf: string; children: React.ReactNode }) {
  const t = useTranslations("pledges.embed");
  const { number, percent, date } = getFormats(useSiteLocale());
  const complete = summary.percentComplete === null ? "—" : percent(summary.percentComplete);
  return (
    <article data-testid="embed">
      <h1 style={{ fontSize: "1.25rem", margin: "0 0 0.25rem" }}>{pledge.title}</h1>
      <p style={{ margin: "0 0 0.5rem" }}>
        {t.rich("figure", {
          value: number(summary.counted),
          target: number(pledge.target),
          unit: pledge.unit,
          percent: complete,
          valueTag: (c) => <strong data-testid="embed-value">{c}</strong>,
        })}
      </p>
      <ProgressBar
        percent={summary.percentComplete}
        expectedPercent={pledge.target > 0 ? (summary.expectedByNow / pledge.target) * 100 : null}
        label={t("progressLabel", { percent: complete })}
      />
      {children}
      <p className="muted" style={{ marginTop: "0.5rem" }}>
        {t.rich("asOf", { date: () => <time dateTime={asOf}>{date(asOf)}</time> })}{" "}
        <a href={href} target="_blank" rel="noopener" data-testid="embed-link">
          {t("link")}
        </a>
      </p>
    </article>
  );
}
