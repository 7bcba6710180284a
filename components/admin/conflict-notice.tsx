import type { Change } from "@/lib/errors";

/** What someone else changed since this form was opened (shown with a refused, stale edit). */
export function ConflictNotice({ changes }: { changes?: Change[] }) {
  if (!changes?.length) return null;
  return (
    <div className="panel conflict" data-testid="conflict">
      <p>
        <strong>Changed since you opened this page:</strong>
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Was</th>
            <th scope="col">Now</th>
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
