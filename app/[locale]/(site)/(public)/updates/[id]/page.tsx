import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangeEntryView } from "@/components/changes/change-entry";
import styles from "@/components/changes/changes.module.css";
import { EmptyState } from "@/components/ui/badge";
import { UpdateList } from "@/components/updates/update-list";
import { describeChangeValue, labelChangeField } from "@/lib/changes/labels";
import { getFormats } from "@/lib/i18n/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { changesHref, readRecordId } from "@/lib/changes/params";
import { listPublicChanges } from "@/lib/changes/queries";
import { getUpdateRecord, type UpdateRevisionView } from "@/lib/updates/record-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

async function readRecord(params: Props["params"]) {
  const id = readRecordId((await params).id);
  return id ? getUpdateRecord(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const [record, t] = await Promise.all([readRecord(params), getTranslations({ locale, namespace: "public.update" })]);
  if (!record) return { title: t("notFound") };
  return { title: record.status === "deleted" ? t("deletedTitle", { title: record.title }) : record.update.title };
}

/** One published update with its revision history, or the tombstone of a deleted one. Drafts are not found. */
export default async function UpdateRecordPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const [record, t] = await Promise.all([readRecord(params), getTranslations({ locale, namespace: "public.update" })]);
  if (!record) notFound();
  const { date } = getFormats(locale);
  const pledgeLink = (pledge: { slug: string; title: string }) =>
    function PledgeLink(chunks: React.ReactNode) {
      return <a href={localizePath(`/pledges/${pledge.slug}`, locale)}>{chunks}</a>;
    };
  if (record.status === "deleted") {
    return (
      <article>
        <h1>{t("deletedTitle", { title: record.title })}</h1>
        <div className={styles.tombstone} data-testid="tombstone">
          <p>{t.rich("tombstone", { pledge: record.pledge.title, published: record.publishedAt ? date(record.publishedAt) : t("never"), deleted: date(record.deletedAt), link: pledgeLink(record.pledge) })}</p>
          <p>
            <strong>{t("reason")}</strong> {record.reason ?? t("reasonMissing")}
          </p>
        </div>
        <History updateId={record.id} locale={locale} />
      </article>
    );
  }
  const { update, revisions } = record;
  return (
    <article>
      <h1>{update.title}</h1>
      <p className="muted">
        {t.rich(revisions.length ? "metaCorrected" : "meta", { id: update.id, pledge: update.pledge.title, version: record.version, count: revisions.length, link: pledgeLink(update.pledge) })}
      </p>
      <h2>{t("asPublished")}</h2>
      <UpdateList items={[update]} showPledge={false} empty="" />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">{t("revisionsHeading")}</h2>
        {revisions.length ? <Revisions revisions={revisions} locale={locale} /> : <EmptyState>{t("neverCorrected")}</EmptyState>}
      </section>
      <History updateId={update.id} locale={locale} />
    </article>
  );
}

async function Revisions({ revisions, locale }: { revisions: UpdateRevisionView[]; locale: Locale }) {
  const [t, entryT] = await Promise.all([getTranslations({ locale, namespace: "public.update" }), getTranslations({ locale, namespace: "public.changeEntry" })]);
  const { date } = getFormats(locale);
  const words = { yes: entryT("yes"), no: entryT("no") };
  return (
    <ol className={styles.list} aria-label={t("corrections")}>
      {revisions.map((r) => (
        <li key={r.version} className={styles.entry} data-testid="revision">
          <h3 className={styles.summary}>
            {t.rich("replacedOn", { version: r.version, date: date(r.replacedAt), time: (chunks) => <time dateTime={r.replacedAt}>{chunks}</time> })}
          </h3>
          <p className={styles.reason}>
            <strong>{t("reason")}</strong> {r.reason}
          </p>
          {r.changes.length ? (
            <div className="table-scroll">
              <table className={`table ${styles.diff}`}>
                <caption className="visually-hidden">{t("diffCaption", { version: r.version })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("what")}</th>
                    <th scope="col">{t("versionColumn", { version: r.version })}</th>
                    <th scope="col">{t("replacedBy")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{labelChangeField(c.field, locale)}</th>
                      <td>{describeChangeValue({ field: c.field, value: c.before, locale, words })}</td>
                      <td>{describeChangeValue({ field: c.field, value: c.after, locale, words })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t("noValueChanged")}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The change-log entries about this update, newest first. */
async function History({ updateId, locale }: { updateId: number; locale: Locale }) {
  const [{ items }, t] = await Promise.all([listPublicChanges({ updateId, limit: 50 }), getTranslations({ locale, namespace: "public.update" })]);
  if (!items.length) return null;
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t("logHeading")}</h2>
      <ol className={styles.list}>
        {items.map((entry) => (
          <li key={entry.id}>
            <ChangeEntryView entry={entry} headingLevel={3} />
          </li>
        ))}
      </ol>
      <p>
        <a href={localizePath(changesHref({}), locale)}>{t("wholeLog")}</a>
      </p>
    </section>
  );
}
