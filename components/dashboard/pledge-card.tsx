import { useTranslations } from "next-intl";
import { withAsOf } from "@/lib/as-of/day";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { AssessmentSummary, PaceFacts, RecordBadges, RecordNotes } from "@/components/pledge/record";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locales";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeSummary } from "@/lib/pledges/queries";
import styles from "./dashboard.module.css";
import { useSiteLocale } from "@/components/ui/locale";

/** Value against target, pace and status for one pledge. `children` is its sparkline. */
export function PledgeCard({ pledge, children, asOfDay }: { pledge: PledgeSummary; children?: React.ReactNode; asOfDay?: string }) {
  const t = useTranslations("pledges");
  const locale = useSiteLocale();
  const { number, percent, date } = getFormats(locale);
  const status = pledge.status in PLEDGE_STATUS_LABEL ? getLabels(locale)(`pledgeStatus.${pledge.status}`) : pledge.status;
  const expectedPercent = pledge.target > 0 ? (pledge.expectedByNow / pledge.target) * 100 : null;
  const annual = pledge.cadence === "ANNUAL";
  const complete = pledge.percentComplete === null ? "—" : percent(pledge.percentComplete);
  return (
    <li className={styles.card} data-testid={`pledge-${pledge.slug}`}>
      <h3>
        <a href={localizePath(withAsOf(`/pledges/${pledge.slug}`, asOfDay ?? null), locale)}>{pledge.title}</a>
      </h3>
      <p className={styles.figure}>
        {t.rich("card.figure", {
          value: number(annual ? pledge.counted : pledge.value),
          target: number(pledge.target),
          unit: pledge.unit,
          valueTag: (c) => <strong data-testid="pledge-value">{c}</strong>,
          targetTag: (c) => <span data-testid="pledge-target">{c}</span>,
        })}
      </p>
      <ProgressBar percent={pledge.percentComplete} expectedPercent={expectedPercent} label={t("card.progressLabel", { title: pledge.title, percent: complete })} />
      <div className={styles.badges}>
        <RecordBadges summary={pledge} />
        <Badge tone={PLEDGE_STATUS_LABEL[pledge.status]?.tone ?? "neutral"} label={t("badges.status", { status })} />
      </div>
      {pledge.assessment ? <AssessmentSummary assessment={pledge.assessment} unit={pledge.unit} /> : null}
      <dl className={styles.facts}>
        <dt>{t("card.complete")}</dt>
        <dd data-testid="pledge-percent">{complete}</dd>
        <PaceFacts summary={pledge} />
        <dt>{t("card.lastUpdate")}</dt>
        <dd>{pledge.lastPublishedAt ? date(pledge.lastPublishedAt) : t("facts.noneYet")}</dd>
      </dl>
      {annual ? (
        <p className={styles.note}>
          {t("card.recurring")}
          {pledge.value !== pledge.counted ? ` ${t("card.supportedInAll", { value: number(pledge.value) })}` : ""}
        </p>
      ) : null}
      <RecordNotes summary={pledge} />
      {children}
    </li>
  );
}
