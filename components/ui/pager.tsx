import styles from "./ui.module.css";

type Props = { page: number; pageCount: number; href: (page: number) => string; labels?: { previous: string; next: string } };

/** Previous / next links that keep the other query parameters. Feeds are newest first, hence the default labels. */
export function Pager({ page, pageCount, href, labels = { previous: "← Newer", next: "Older →" } }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pager} aria-label="Pages">
      {page > 1 ? <a href={href(page - 1)} rel="prev">{labels.previous}</a> : <span aria-disabled="true">{labels.previous}</span>}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <a href={href(page + 1)} rel="next">{labels.next}</a> : <span aria-disabled="true">{labels.next}</span>}
    </nav>
  );
}
