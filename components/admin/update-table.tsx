import { useTranslations } from "next-intl";
import { getFormats } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { UpdateRow } from "@/lib/updates/queries";
import { useSiteLocale } from "@/components/ui/locale";

export function UpdateTable({ rows, empty, showAuthor = false }: { rows: UpdateRow[]; empty: string; showAuthor?: boolean }) {
  const t = useTranslations("admin.table");
  const states = useTranslations("admin.state");
  const { number } = getFormats(useSiteLocale());
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t("update")}</th>
          <th scope="col">{t("pledge")}</th>
          <th scope="col">{t("date")}</th>
          <th scope="col">{t("quantity")}</th>
          {showAuthor && <th scope="col">{t("author")}</th>}
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.id} data-testid={`update-row-${u.id}`}>
            <td>
              <Link href={`/admin/updates/${u.id}`}>{u.title}</Link>
              {u.state === "RETURNED" && u.reviewComment && <p className="hint">{t("returned", { comment: u.reviewComment })}</p>}
            </td>
            <td>{u.pledge}</td>
            <td>{u.eventDate}</td>
            <td>{number(u.quantity)}</td>
            {showAuthor && <td>{u.author ?? "—"}</td>}
            <td>
              <span className="badge">{states(u.state)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
