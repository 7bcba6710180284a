import { getTranslations } from "next-intl/server";
import styles from "@/components/dashboard/dashboard.module.css";
import { CorroboratingSources } from "@/components/dashboard/corroborating-sources";
import { AssessmentHistory } from "@/components/pledge/record";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import type { PledgeDetail } from "@/lib/pledges/detail";
import { getPledgeReading } from "@/lib/pledges/reading";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/params";

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
              <dd>
                {r.topic === "target" ? t("texts.target", { interpretation: r.interpretation })
                : r.topic === "period" ? t("texts.period", { interpretation: r.interpretation, start: date(r.start), end: date(r.end) })
                : t(`texts.${r.topic}`)}
              </dd>
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
