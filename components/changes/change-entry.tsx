import { formatDate } from "@/components/ui/format";
import { findChangeSubjectPath, formatChangeValue, KIND_LABELS, labelChangeField, labelChangeReason } from "@/lib/changes/labels";
import type { ChangeEntry } from "@/lib/changes/queries";
import styles from "./changes.module.css";

/** One entry of the public change log: what changed, field by field before → after, why, by whom, and its permalink. */
export function ChangeEntryView({ entry, headingLevel = 2 }: { entry: ChangeEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const link = findChangeSubjectPath(entry);
  return (
    <article className={styles.entry} id={`change-${entry.id}`} data-testid="change-entry" aria-labelledby={`change-${entry.id}-title`}>
      <p className={styles.meta}>
        <span className={styles.kind} data-kind={entry.kind.toLowerCase()}>{KIND_LABELS[entry.kind]}</span>{" "}
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
        {entry.pledge ? (
          <>
            {" "}
            · <a href={`/pledges/${entry.pledge.slug}`}>{entry.pledge.title}</a>
          </>
        ) : null}
      </p>
      <Heading className={styles.summary} id={`change-${entry.id}-title`}>
        {link ? <a href={link}>{entry.summary}</a> : entry.summary}
      </Heading>
      {entry.diff.length ? (
        <div className="table-scroll">
          <table className={`table ${styles.diff}`}>
            <caption className="visually-hidden">What changed</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {entry.diff.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{labelChangeField(d.field)}</th>
                  <td data-testid="change-before">{formatChangeValue(d.before)}</td>
                  <td data-testid="change-after">{formatChangeValue(d.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {entry.reason ? (
        <p className={styles.reason}>
          <strong>{labelChangeReason(entry.kind)}:</strong> {entry.reason}
        </p>
      ) : null}
      <p className={styles.footer}>
        {entry.actorName ? <>By {entry.actorName} · </> : null}
        <a href={`/changes/${entry.id}`} aria-label={`Permalink to change ${entry.id}`}>
          Permalink
        </a>
      </p>
    </article>
  );
}
