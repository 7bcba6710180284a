import { useTranslations } from "next-intl";
import { Badge, SampleTag } from "@/components/ui/badge";
import styles from "@/components/dashboard/dashboard.module.css";
import { ProgressBar } from "@/components/ui/progress-bar";
import { TranslatedText } from "@/components/translations/translated-text";
import { AssessmentSummary, PaceFacts, RecordBadges, RecordNotes } from "@/components/pledge/record";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import type { PledgeDetail } from "@/lib/pledges/detail";
import type { PledgeSummary } from "@/lib/pledges/queries";
import { useSiteLocale } from "@/components/ui/locale";

/** The words for a status editors set, or the code itself for one the catalogue does not know. */
function useStatusWords() {
  const labels = getLabels(useSiteLocale());
  return (status: string) => (status in PLEDGE_STATUS_LABEL ? labels(`pledgeStatus.${status as "ACHIEVED"}`) : status);
}

export function PledgeHeader({ pledge, summary }: { pledge: PledgeDetail; summary: PledgeSummary }) {
  const t = useTranslations("pledges");
  const { number, percent, date, period } = getFormats(useSiteLocale());
  const statusWords = useStatusWords();
  const annual = pledge.cadence === "ANNUAL";
  const complete = summary.percentComplete === null ? "—" : percent(summary.percentComplete);
  return (
    <section className={styles.hero} aria-labelledby="pledge-title">
      <TranslatedText as="h1" id="pledge-title" content={pledge.content.title} />
      <TranslatedText as="p" content={pledge.content.summary} />
      <blockquote className={styles.quote}>
        <TranslatedText as="p" content={pledge.content.sourceSentence} quoted />
        <footer>
          <cite>{pledge.sourceCitation}</cite>
        </footer>
      </blockquote>
      <div className={styles.badges}>
        <RecordBadges summary={summary} />
        <Badge tone={PLEDGE_STATUS_LABEL[pledge.status]?.tone ?? "neutral"} label={t("badges.status", { status: statusWords(pledge.status) })} />
      </div>
      {summary.assessment ? <AssessmentSummary assessment={summary.assessment} unit={pledge.unit} full /> : null}
      <p className={styles.figure}>
        {t.rich("header.figure", {
          value: number(annual ? summary.counted : summary.value),
          target: number(pledge.target),
          unit: pledge.unit,
          percent: complete,
          valueTag: (c) => <strong data-testid="pledge-value">{c}</strong>,
          percentTag: (c) => <span data-testid="pledge-percent">{c}</span>,
        })}
      </p>
      <ProgressBar
        percent={summary.percentComplete}
        expectedPercent={pledge.target > 0 ? (summary.expectedByNow / pledge.target) * 100 : null}
        label={t("header.progressLabel", { percent: complete })}
      />
      <dl className={styles.facts}>
        <dt>{t("header.unit")}</dt>
        <dd>{pledge.unit}</dd>
        <dt>{t("header.target")}</dt>
        <dd>
          {annual ? t("header.recurring", { target: number(pledge.target) }) : number(pledge.target)}
          {pledge.targetNote ? ` — ${pledge.targetNote}` : ""}
        </dd>
        <dt>{t("header.period")}</dt>
        <dd>{t("header.periodValue", { period: period(pledge.periodStart, pledge.periodEnd), percent: percent(summary.elapsedShare * 100) })}</dd>
        <PaceFacts summary={summary} />
        <dt>{t("header.publishedUpdates")}</dt>
        <dd>{t("header.publishedValue", { count: number(summary.publishedUpdates), last: summary.lastPublishedAt ? date(summary.lastPublishedAt) : t("header.noneYet") })}</dd>
      </dl>
      <RecordNotes summary={summary} />
    </section>
  );
}

export function StatusHistory({ history }: { history: PledgeDetail["statusHistory"] }) {
  const t = useTranslations("pledges.header");
  const { date } = getFormats(useSiteLocale());
  const statusWords = useStatusWords();
  if (history.length === 0) return <p className="muted">{t("noStatusChanges")}</p>;
  const strong = (c: React.ReactNode) => <strong>{c}</strong>;
  return (
    <ol>
      {history.map((h) => (
        <li key={h.createdAt + h.toStatus}>
          {h.fromStatus
            ? t.rich("statusChange", { date: date(h.createdAt), from: statusWords(h.fromStatus), to: statusWords(h.toStatus), reason: h.reason, strong })
            : t.rich("statusSet", { date: date(h.createdAt), to: statusWords(h.toStatus), reason: h.reason, strong })}
        </li>
      ))}
    </ol>
  );
}

export function Milestones({ milestones }: { milestones: PledgeDetail["milestones"] }) {
  const t = useTranslations("pledges.header");
  const { date } = getFormats(useSiteLocale());
  if (milestones.length === 0) return <p className="muted">{t("noMilestones")}</p>;
  return (
    <ul>
      {milestones.map((m) => (
        <li key={m.slug}>
          <Badge tone={m.completedAt ? "good" : "neutral"} label={m.completedAt ? t("done", { date: date(m.completedAt) }) : t("notDone")} />{" "}
          <TranslatedText content={m.content} />
          {m.dueDate ? <span className="muted"> {t("due", { date: date(m.dueDate) })}</span> : null}
          {m.isSample ? <SampleTag /> : null}
          {m.evidenceUrl ? (
            <>
              {" "}
              · <a href={m.evidenceUrl} rel="noopener noreferrer">{t("evidence")}</a>
            </>
          ) : null}
          {m.evidenceNote ? <span className="muted"> — {m.evidenceNote}</span> : null}
        </li>
      ))}
    </ul>
  );
}
