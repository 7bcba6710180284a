import { useTranslations } from "next-intl";
import styles from "./ui.module.css";

type Props = { page: number; pageCount: number; href: (page: number) => string; labels?: { previous: string; next: string } };

/** Previous / next links that keep the other query parameters. Feeds are newest first, hence the default labels. */
export function Pager({ page, pageCount, href, labels }: Props) {
  const t = useTranslations("common.ui");
  if (pageCount <= 1) return null;
  const { previous, next } = labels ?? { previous: t("newer"), next: t("older") };
  return (
    <nav className={styles.pager} aria-label={t("pages")}>
      {page > 1 ? <a href={href(page - 1)} rel="prev">{previous}</a> : <span aria-disabled="true">{previous}</span>}
      <span>{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? <a href={href(page + 1)} rel="next">{next}</a> : <span aria-disabled="true">{next}</span>}
    </nav>
  );
}
