import { formatDate, formatPercent, formatPeriod } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getAnnouncement } from "@/lib/announcements/queries";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getElapsedShare } from "@/lib/pace/period";
import { TranslatedText } from "@/components/translations/translated-text";
import { CorroboratingSources } from "./corroborating-sources";
import styles from "./dashboard.module.css";

/** Who made the pledges, where and when, the quote, and how much of the period has gone by. */
export async function AnnouncementHeader() {
  const announcement = await getAnnouncement((await getLocale()) as Locale);
  if (!announcement) {
    return (
      <section className={styles.hero}>
        <h1>Pledge tracker</h1>
        <p>No announcement has been loaded yet. Run the seed to load the pledges and their source.</p>
      </section>
    );
  }
  const { periodStart, periodEnd } = announcement;
  const elapsed = periodStart && periodEnd ? getElapsedShare({ periodStart: new Date(periodStart), periodEnd: new Date(periodEnd), now: new Date() }) * 100 : null;
  return (
    <section className={styles.hero} aria-labelledby="announcement-heading">
      <h1 id="announcement-heading">The pledges of {formatDate(announcement.date)}: how far they have come</h1>
      <blockquote className={styles.quote}>
        <TranslatedText as="p" content={announcement.quoteContent} quoted />
        <footer>
          {announcement.speaker} — {announcement.event}, {announcement.place}
        </footer>
      </blockquote>
      <dl className={styles.meta}>
        <div><dt>Who</dt><dd>{announcement.speaker}</dd></div>
        <div><dt>Where</dt><dd>{announcement.place}</dd></div>
        <div><dt>When</dt><dd>{formatDate(announcement.date)}</dd></div>
        {periodStart && periodEnd ? (
          <div><dt>Period</dt><dd>{formatPeriod(periodStart, periodEnd)}</dd></div>
        ) : null}
        {elapsed !== null ? (
          <div><dt>Elapsed</dt><dd data-testid="period-elapsed">{formatPercent(elapsed)} of the period</dd></div>
        ) : null}
      </dl>
      {elapsed !== null ? <ProgressBar percent={elapsed} label="Share of the pledge period elapsed" /> : null}
      <p className={styles.note}>Source: {announcement.source}</p>
      <CorroboratingSources />
    </section>
  );
}
