import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { auditFilterSchema, getAuditFilterOptions, listAuditEntries } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePageUser("audit:read", "/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const [{ rows, total, pages }, options] = await Promise.all([listAuditEntries(filters), getAuditFilterOptions()]);
  const pageLink = (page: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v) as [string, string][]), page: String(page) })}`;
  return (
    <>
      <h1>Audit log</h1>
      <p className="hint">Every change: who, when, and what it was before and after. Nothing here can be edited.</p>
      <form className="filters" method="get" aria-label="Filter the audit log">
        <label>
          Who
          <select name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">Anyone</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <select name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any</option>
            {options.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          Entity
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">Any</option>
            {options.entities.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          Entity id
          <input name="entityId" defaultValue={filters.entityId ?? ""} size={6} />
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <button type="submit">Filter</button>
        <Link href="/admin/audit">Clear</Link>
      </form>
      {!parsed.success && <p className="error">Some filters were not valid and were ignored.</p>}
      <p aria-live="polite">
        {total.toLocaleString("en")} entr{total === 1 ? "y" : "ies"}
        {pages > 1 ? `, page ${filters.page} of ${pages}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="muted">No audit entries match these filters.</p>
      ) : (
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Entity</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.at.slice(0, 19).replace("T", " ")}</td>
                <td>{r.actor}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>
                  {r.entityType === "update" ? <Link href={`/admin/updates/${r.entityId}`}>update {r.entityId}</Link> : `${r.entityType} ${r.entityId}`}
                </td>
                <td>
                  {r.changes.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="changes">
                      {r.changes.map((c) => (
                        <li key={c.field}>
                          <strong>{c.field}</strong>: {r.created ? c.to : `${c.from} → ${c.to}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        {filters.page > 1 && <Link href={pageLink(filters.page - 1)}>← Newer</Link>}
        {filters.page < pages && <Link href={pageLink(filters.page + 1)}>Older →</Link>}
      </nav>
    </>
  );
}
