import { useTranslations } from "next-intl";
import { SampleTag } from "@/components/ui/badge";
import { useSiteLocale } from "@/components/ui/locale";
import { describeChangeValue, findChangeSubjectPath, labelChangeField, labelChangeKind, readChangeReasonKind } from "@/lib/changes/labels";
import type { ChangeEntry } from "@/lib/changes/queries";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import styles from "./changes.module.css";

/** One entry of the public change log: what changed, field by field before → after, why, by whom, and its permalink. */
export function ChangeEntryView({ entry, headingLevel = 2 }: { entry: ChangeEntry; headingLevel?: 2 | 3 }) {
  const t = useTranslations("public.changeEntry");
  const locale = useSiteLocale();
  const words = { yes: t("yes"), no: t("no") };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const link = findChangeSubjectPath(entry);
  return (
    <article className={styles.entry} id={`change-${entry.id}`} data-testid="change-entry" aria-labelledby={`change-${entry.id}-title`}>
      <p className={styles.meta}>
        <span className={styles.kind} data-kind={entry.kind.toLowerCase()}>{labelChangeKind(entry.kind, locale)}</span>{" "}
        {entry.isSample ? <><SampleTag />{" "}</> : null}
        <time dateTime={entry.createdAt}>{getFormats(locale).date(entry.createdAt)}</time>
        {entry.pledge ? (
          <>
            {" "}
            · <a href={localizePath(`/pledges/${entry.pledge.slug}`, locale)}>{entry.pledge.title}</a>
          </>
        ) : null}
      </p>
      <Heading className={styles.summary} id={`change-${entry.id}-title`}>
        {link ? <a href={localizePath(link, locale)}>{entry.summary}</a> : entry.summary}
      </Heading>
      {entry.diff.length ? (
        <div className="table-scroll">
          <table className={`table ${styles.diff}`}>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("before")}</th>
                <th scope="col">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {entry.diff.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{labelChangeField(d.field, locale)}</th>
                  <td data-testid="change-before">{describeChangeValue({ field: d.field, value: d.before, locale, words })}</td>
                  <td data-testid="change-after">{describeChangeValue({ field: d.field, value: d.after, locale, words })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {entry.reason ? (
        <p className={styles.reason}>
          <strong>{t(readChangeReasonKind(entry.kind))}</strong> {entry.reason}
        </p>
      ) : null}
      <p className={styles.footer}>
        {entry.actorName ? <>{t("by", { name: entry.actorName })} · </> : null}
        <a href={localizePath(`/changes/${entry.id}`, locale)} aria-label={t("permalinkLabel", { id: entry.id })}>
          {t("permalink")}
        </a>
      </p>
    </article>
  );
}
