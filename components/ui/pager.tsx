import Link from "next/link";
import styles from "./ui.module.css";

/** Previous / next links that keep the other query parameters. */
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pager} aria-label="Pages">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← Newer</Link> : <span aria-disabled="true">← Newer</span>}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">Older →</Link> : <span aria-disabled="true">Older →</span>}
    </nav>
  );
}
