import { useTranslations } from "next-intl";
import styles from "@/components/dashboard/dashboard.module.css";
import { Badge } from "@/components/ui/badge";
import type { PublicAssessment } from "@/lib/assessments/queries";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import { PACE_STATUS_LABEL } from "@/lib/pace/labels";
import { readRecordKey, VERDICT_LABEL } from "@/lib/pace/record";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { useSiteLocale } from "@/components/ui/locale";

/**
 * The record badge (final verdict, else the computed state in words), plus the pace while the period runs and data
 * exist. Silence is never shown as failure: with nothing published the badge says so, in neutral words.
 */
export function RecordBadges({ summary }: { summary: PledgeSummary }) {
  const t = useTranslations("pledges");
  const labels = getLabels(useSiteLocale());
  const showPace = summary.phase === "DURING" && summary.record.state === "SHORT" && !summary.record.assessed;
  const verdict = summary.assessment?.verdict;
  const key = readRecordKey({ phase: summary.phase, ...summary.record });
  const label = key === "assessed" ? (verdict ? t("record.assessed", { verdict: labels(`verdict.${verdict}`) }) : summary.record.label) : t(`record.${key}`);
  return (
    <>
      <span className={styles.recordBadge} data-testid="pledge-record" data-state={summary.record.state}>
        <Badge tone={summary.record.tone} label={label} prefix={t("badges.record")} />
      </span>
      {showPace ? <Badge tone={PACE_STATUS_LABEL[summary.paceStatus].tone} label={labels(`paceStatus.${summary.paceStatus}`)} prefix={t("badges.pace")} /> : null}
    </>
  );
}

/**
 * The pace figures as `dt`/`dd` pairs. During the period: expected by now, actual, projected. Once it is over: the
 * target and the final value, with no projection. With nothing published, "none published yet", not a zero to compare.
 */
export function PaceFacts({ summary }: { summary: PledgeSummary }) {
  const t = useTranslations("pledges.facts");
  const { number } = getFormats(useSiteLocale());
  const published = summary.publishedUpdates > 0 || summary.record.state !== "NO_REPORT";
  if (summary.phase === "AFTER_END") {
    return (
      <>
        <dt>{t("target")}</dt>
        <dd>{number(summary.target)}</dd>
        <dt>{t("finalValue")}</dt>
        <dd data-testid="pledge-final-value">{published ? number(summary.counted) : t("noProgress")}</dd>
      </>
    );
  }
  return (
    <>
      <dt>{t("expectedByNow")}</dt>
      <dd>{number(summary.expectedByNow)}</dd>
      <dt>{t("publishedSoFar")}</dt>
      <dd>{published ? number(summary.counted) : t("noneYet")}</dd>
      <dt>{t("projectedAtEnd")}</dt>
      <dd>{summary.projected === null || !published ? t("notProjected") : number(summary.projected, { maximumFractionDigits: 0 })}</dd>
    </>
  );
}

/** "Period ended on 25 Sept 2022" and confirmed missed years, each said once. */
export function RecordNotes({ summary }: { summary: PledgeSummary }) {
  const t = useTranslations("pledges");
  const locale = useSiteLocale();
  const { date, number } = getFormats(locale);
  const years = new Intl.ListFormat(LOCALE_TAGS[locale], { type: "conjunction" }).format(summary.missedYears.map((y) => number(y)));
  return (
    <>
      {summary.periodEnded ? (
        <p className={styles.note} data-testid="period-ended">
          {t("facts.periodEnded", { date: date(summary.periodEnd) })}
        </p>
      ) : null}
      {summary.missedYears.length > 0 ? <p className={styles.warnNote}>{t("facts.missedYears", { years })}</p> : null}
    </>
  );
}

/** The final assessment in force; `full` adds the method, the sources and the correction history's reason. */
export function AssessmentSummary({ assessment, unit, full = false }: { assessment: PublicAssessment; unit: string; full?: boolean }) {
  const t = useTranslations("pledges.assessment");
  const locale = useSiteLocale();
  const { date, number } = getFormats(locale);
  const parts = [
    assessment.finalValue !== null ? t("finalValue", { value: number(assessment.finalValue), unit }) : null,
    t("assessedBy", { by: assessment.assessedBy, date: date(assessment.assessedOn) }),
    assessment.version > 1 ? t("corrected", { version: assessment.version }) : null,
  ].filter((p) => p !== null);
  return (
    <div className={styles.note} data-testid="final-assessment">
      <p>
        <strong>{t("title")} </strong>
        <Badge tone={VERDICT_LABEL[assessment.verdict].tone} label={getLabels(locale)(`verdict.${assessment.verdict}`)} />
        {parts.map((p) => ` · ${p}`).join("")}
      </p>
      {full ? (
        <>
          <p>
            <strong>{t("method")} </strong>
            {assessment.methodNote}
          </p>
          <p>
            <strong>{t("sources")}</strong>
          </p>
          <ul>
            {assessment.sources.map((s) => (
              <li key={s}>{/^https?:\/\//i.test(s) ? <a href={s} rel="noopener noreferrer nofollow">{s}</a> : s}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Every version of the final assessment, newest first, with the reason for each correction. */
export function AssessmentHistory({ versions, unit }: { versions: PublicAssessment[]; unit: string }) {
  const t = useTranslations("pledges.assessment");
  const locale = useSiteLocale();
  const { date, number } = getFormats(locale);
  const labels = getLabels(locale);
  return (
    <ol reversed data-testid="assessment-history">
      {versions.map((v) => (
        <li key={v.version}>
          {t("version", {
            version: v.version,
            verdict: labels(`verdict.${v.verdict}`),
            hasValue: v.finalValue !== null ? "yes" : "no",
            value: v.finalValue === null ? "" : number(v.finalValue),
            unit,
            by: v.assessedBy,
            date: date(v.assessedOn),
            hasReason: v.reason ? "yes" : "no",
            reason: v.reason ?? "",
          })}
        </li>
      ))}
    </ol>
  );
}
