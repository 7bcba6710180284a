import { getTranslations } from "next-intl/server";
import styles from "@/components/dashboard/dashboard.module.css";
import { CorroboratingSources } from "@/components/dashboard/corroborating-sources";
import { AssessmentHistory } from "@/components/pledge/record";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import type { PledgeDetail } from "@/lib/pledges/detail";
import { TranslatedText, TranslationNote } from "@/components/translations/translated-text";
import { getPledgeReading, listPledgeReadings } from "@/lib/pledges/reading";
import type { LocalizedText } from "@/lib/pledges/translations";
import { getFormats } from "@/lib/i18n/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/params";

/** The reading starts a sentence on the pledge page ("one supported action…" → "One supported action…"). */
function capitalize(content: LocalizedText): LocalizedText {
  return { ...content, text: content.text.charAt(0).toLocaleUpperCase(content.lang) + content.text.slice(1) };
}

/** "Our reading of the pledge": the tracker's interpretations, labelled as such, and the other reports of the speech. */
export async function PledgeReading({ pledge }: { pledge: PledgeDetail }) {
  const readings = getPledgeReading(pledge);
  const [versions, locale] = await Promise.all([listAssessmentVersions(pledge.id), readRequestLocale()]);
  const t = await getTranslations({ locale, namespace: "pledges.reading" });
  const { number, date } = getFormats(locale);
  return (
    <div className={`${styles.grid2} ${styles.section}`}>
      <section className={styles.panel} aria-labelledby="reading-heading" data-testid="pledge-reading">
        <h2 id="reading-heading">{t("heading")}</h2>
        <p className={styles.note}>
          {t.rich("note", { link: (c) => <a href={`${localizePath("/about", locale)}#our-reading`}>{c}</a> })}
        </p>
        <dl>
          {readings.map((r) => (
            <div key={r.topic}>
              <dt>
                <strong>{r.topic === "target" ? t("topics.target", { target: number(r.target) }) : t(`topics.${r.topic}`)}</strong> <span className="muted">{t("ours")}</span>
              </dt>
              {r.topic === "target" || r.topic === "period" ? (
                <dd>
                  {r.topic === "target"
                    ? t.rich("texts.target", { interpretation: () => <TranslatedText content={capitalize(r.interpretation)} note={false} /> })
                    : t.rich("texts.period", { interpretation: () => <TranslatedText content={capitalize(r.interpretation)} note={false} />, start: date(r.start), end: date(r.end) })}
                  <TranslationNote content={r.interpretation} />
                </dd>
              ) : (
                <dd>{t(`texts.${r.topic}`)}</dd>
              )}
            </div>
          ))}
        </dl>
        {versions.length > 1 ? (
          <>
            <h3>{t("versions")}</h3>
            <AssessmentHistory versions={versions} unit={pledge.unit} />
          </>
        ) : null}
      </section>
      <div className={styles.panel}>
        <CorroboratingSources pledge={pledge.slug} />
      </div>
    </div>
  );
}

/**
 * /about's list of the interpretations, every pledge's, in the page's language: the period once when the pledges
 * share it (else each pledge's), then what each target means; each translation with its mark and English original.
 */
export async function ReadingList({ locale }: { locale: Locale }) {
  const [pledges, t] = await Promise.all([listPledgeReadings(locale), getTranslations({ locale, namespace: "pledges.about" })]);
  const { number, date } = getFormats(locale);
  const strong = (c: React.ReactNode) => <strong>{c}</strong>;
  const periods = pledges.flatMap((p) => p.readings.flatMap((r) => (r.topic === "period" ? [{ title: p.title, ...r }] : [])));
  const shared = new Set(periods.map((r) => `${r.interpretation.english}\n${r.start}\n${r.end}`)).size === 1;
  const targets = pledges.flatMap((p) => p.readings.flatMap((r) => (r.topic === "target" ? [{ slug: p.slug, title: p.title, ...r }] : [])));
  return (
    <>
      {(shared ? periods.slice(0, 1) : periods).map((r, i) => (
        <li key={`period-${i}`} data-testid="reading-period">
          {t.rich(shared ? "readingPeriod" : "readingPeriodOf", { strong, title: r.title.text, interpretation: () => <TranslatedText content={r.interpretation} note={false} />, start: date(r.start), end: date(r.end) })}
          <TranslationNote content={r.interpretation} />
        </li>
      ))}
      {targets.map((r) => (
        <li key={r.slug} data-testid="reading-target">
          {t.rich("readingTarget", { strong, title: r.title.text, target: number(r.target), interpretation: () => <TranslatedText content={r.interpretation} note={false} /> })}
          <TranslationNote content={r.interpretation} />
        </li>
      ))}
    </>
  );
}
