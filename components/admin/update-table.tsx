import Link from "next/link";
import type { UpdateRow } from "@/lib/updates/queries";

export const STATE_LABELS: Record<string, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", PUBLISHED: "Published", RETURNED: "Returned" };

export function UpdateTable({ rows, empty, showAuthor = false }: { rows: UpdateRow[]; empty: string; showAuthor?: boolean }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Update</th>
          <th scope="col">Pledge</th>
          <th scope="col">Date</th>
          <th scope="col">Quantity</th>
          {showAuthor && <th scope="col">Author</th>}
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.id} data-testid={`update-row-${u.id}`}>
            <td>
              <Link href={`/admin/updates/${u.id}`}>{u.title}</Link>
              {u.state === "RETURNED" && u.reviewComment && <p className="hint">Returned: {u.reviewComment}</p>}
            </td>
            <td>{u.pledge}</td>
            <td>{u.eventDate}</td>
            <td>{u.quantity.toLocaleString("en")}</td>
            {showAuthor && <td>{u.author ?? "—"}</td>}
            <td>
              <span className="badge">{STATE_LABELS[u.state]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
