import { useTranslations } from "next-intl";
import type { Change } from "@/lib/errors";

/** What someone else changed since this form was opened (shown with a refused, stale edit). */
export function ConflictNotice({ changes }: { changes?: Change[] }) {
  const t = useTranslations("admin.conflict");
  if (!changes?.length) return null;
  return (
    <div className="panel conflict" data-testid="conflict">
      <p>
        <strong>{t("title")}</strong>
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("was")}</th>
            <th scope="col">{t("now")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{c.field}</th>
              <td>{c.from}</td>
              <td>{c.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
