import styles from "@/components/dashboard/dashboard.module.css";
import { CorroboratingSources } from "@/components/dashboard/corroborating-sources";
import { AssessmentHistory } from "@/components/pledge/record";
import { listAssessmentVersions } from "@/lib/assessments/queries";
import type { PledgeDetail } from "@/lib/pledges/detail";
import { getPledgeReading } from "@/lib/pledges/reading";
import Link from "next/link";

/** "Our reading of the pledge": the tracker's interpretations, labelled as such, and the other reports of the speech. */
export async function PledgeReading({ pledge }: { pledge: PledgeDetail }) {
  const readings = getPledgeReading(pledge);
  const versions = await listAssessmentVersions(pledge.id);
  return (
    <div className={`${styles.grid2} ${styles.section}`}>
      <section className={styles.panel} aria-labelledby="reading-heading" data-testid="pledge-reading">
        <h2 id="reading-heading">Our reading of the pledge</h2>
        <p className={styles.note}>
          These are the tracker&apos;s interpretations, not the speaker&apos;s words. <Link href="/about#our-reading">Why we read it this way</Link>.
        </p>
        <dl>
          {readings.map((r) => (
            <div key={r.topic}>
              <dt>
                <strong>{r.topic}</strong> <span className="muted">(our reading)</span>
              </dt>
              <dd>{r.text}</dd>
            </div>
          ))}
        </dl>
        {versions.length > 1 ? (
          <>
            <h3>Final assessment: versions</h3>
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
