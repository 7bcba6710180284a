import Link from "next/link";
import styles from "./ui.module.css";

type Props = { page: number; pageCount: number; href: (page: number) => string; labels?: { previous: string; next: string } };

/** Previous / next links that keep the other query parameters. Feeds are newest first, hence the default labels. */
export function Pager({ page, pageCount, href, labels = { previous: "← Newer", next: "Older →" } }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pager} aria-label="Pages">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{labels.previous}</Link> : <span aria-disabled="true">{labels.previous}</span>}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">{labels.next}</Link> : <span aria-disabled="true">{labels.next}</span>}
    </nav>
  );
}
