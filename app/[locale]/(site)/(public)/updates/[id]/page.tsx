import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeEntryView } from "@/components/changes/change-entry";
import styles from "@/components/changes/changes.module.css";
import { EmptyState } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { UpdateList } from "@/components/updates/update-list";
import { formatChangeValue, labelChangeField } from "@/lib/changes/labels";
import { changesHref, readRecordId } from "@/lib/changes/params";
import { listPublicChanges } from "@/lib/changes/queries";
import { getUpdateRecord, type UpdateRevisionView } from "@/lib/updates/record-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function readRecord(params: Props["params"]) {
  const id = readRecordId((await params).id);
  return id ? getUpdateRecord(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await readRecord(params);
  if (!record) return { title: "Update not found" };
  return { title: record.status === "deleted" ? `Deleted update: ${record.title}` : record.update.title };
}

/** One published update with its revision history, or the tombstone of a deleted one. Drafts are not found. */
export default async function UpdateRecordPage({ params }: Props) {
  const record = await readRecord(params);
  if (!record) notFound();
  if (record.status === "deleted") {
    return (
      <article>
        <h1>Deleted update: {record.title}</h1>
        <div className={styles.tombstone} data-testid="tombstone">
          <p>
            This update to <a href={`/pledges/${record.pledge.slug}`}>{record.pledge.title}</a> was published on{" "}
            {formatDate(record.publishedAt)} and deleted on {formatDate(record.deletedAt)}. It no longer counts toward the pledge.
          </p>
          <p>
            <strong>Reason:</strong> {record.reason ?? "not recorded"}
          </p>
        </div>
        <History updateId={record.id} />
      </article>
    );
  }
  const { update, revisions } = record;
  return (
    <article>
      <h1>{update.title}</h1>
      <p className="muted">
        Update {update.id} to <a href={`/pledges/${update.pledge.slug}`}>{update.pledge.title}</a>, version {record.version}
        {revisions.length ? `, corrected ${revisions.length} time${revisions.length === 1 ? "" : "s"}` : ""}.
      </p>
      <h2>As published now</h2>
      <UpdateList items={[update]} showPledge={false} empty="" />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revision history</h2>
        {revisions.length ? <Revisions revisions={revisions} /> : <EmptyState>Never corrected: this is the version first published.</EmptyState>}
      </section>
      <History updateId={update.id} />
    </article>
  );
}

function Revisions({ revisions }: { revisions: UpdateRevisionView[] }) {
  return (
    <ol className={styles.list} aria-label="Corrections, newest first">
      {revisions.map((r) => (
        <li key={r.version} className={styles.entry} data-testid="revision">
          <h3 className={styles.summary}>
            Version {r.version} replaced on <time dateTime={r.replacedAt}>{formatDate(r.replacedAt)}</time>
          </h3>
          <p className={styles.reason}>
            <strong>Reason:</strong> {r.reason}
          </p>
          {r.changes.length ? (
            <div className="table-scroll">
              <table className={`table ${styles.diff}`}>
                <caption className="visually-hidden">What version {r.version} said, and what replaced it</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Version {r.version}</th>
                    <th scope="col">Replaced by</th>
                  </tr>
                </thead>
                <tbody>
                  {r.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{labelChangeField(c.field)}</th>
                      <td>{formatChangeValue(c.before)}</td>
                      <td>{formatChangeValue(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">No public value changed.</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The change-log entries about this update, newest first. */
async function History({ updateId }: { updateId: number }) {
  const { items } = await listPublicChanges({ updateId, limit: 50 });
  if (!items.length) return null;
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">In the change log</h2>
      <ol className={styles.list}>
        {items.map((entry) => (
          <li key={entry.id}>
            <ChangeEntryView entry={entry} headingLevel={3} />
          </li>
        ))}
      </ol>
      <p>
        <a href={changesHref({})}>The whole change log</a>
      </p>
    </section>
  );
}
