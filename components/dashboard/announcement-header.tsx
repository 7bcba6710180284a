import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getAnnouncement } from "@/lib/announcements/queries";
import { getFormats } from "@/lib/i18n/format";
import { getElapsedShare } from "@/lib/pace/period";
import { TranslatedText } from "@/components/translations/translated-text";
import { CorroboratingSources } from "./corroborating-sources";
import styles from "./dashboard.module.css";
import { readRequestLocale } from "@/lib/i18n/params";

/** Who made the pledges, where and when, the quote, and how much of the period has gone by. */
export async function AnnouncementHeader() {
  const locale = await readRequestLocale();
  const [announcement, t] = await Promise.all([getAnnouncement(locale), getTranslations({ locale, namespace: "pledges.announcement" })]);
  if (!announcement) {
    return (
      <section className={styles.hero}>
        <h1>{t("fallbackTitle")}</h1>
        <p>{t("missing")}</p>
      </section>
    );
  }
  const { date, percent, period } = getFormats(locale);
  const { periodStart, periodEnd } = announcement;
  const elapsed = periodStart && periodEnd ? getElapsedShare({ periodStart: new Date(periodStart), periodEnd: new Date(periodEnd), now: new Date() }) * 100 : null;
  return (
    <section className={styles.hero} aria-labelledby="announcement-heading">
      <h1 id="announcement-heading">{t("heading", { date: date(announcement.date) })}</h1>
      <blockquote className={styles.quote}>
        <TranslatedText as="p" content={announcement.quoteContent} quoted />
        <footer>{t("attribution", { speaker: announcement.speaker, event: announcement.event, place: announcement.place })}</footer>
      </blockquote>
      <dl className={styles.meta}>
        <div><dt>{t("who")}</dt><dd>{announcement.speaker}</dd></div>
        <div><dt>{t("where")}</dt><dd>{announcement.place}</dd></div>
        <div><dt>{t("when")}</dt><dd>{date(announcement.date)}</dd></div>
        {periodStart && periodEnd ? (
          <div><dt>{t("period")}</dt><dd>{period(periodStart, periodEnd)}</dd></div>
        ) : null}
        {elapsed !== null ? (
          <div><dt>{t("elapsed")}</dt><dd data-testid="period-elapsed">{t("elapsedValue", { percent: percent(elapsed) })}</dd></div>
        ) : null}
      </dl>
      {elapsed !== null ? <ProgressBar percent={elapsed} label={t("elapsedLabel")} /> : null}
      <p className={styles.note}>{t("source", { source: announcement.source })}</p>
      <CorroboratingSources />
    </section>
  );
}
