import Link from "next/link";
import { Badge, EmptyState, SampleTag } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/components/ui/format";
import type { LedgerQuery, LedgerRow, LedgerSort, Workstream } from "@/lib/countries/queries";
import { DELIVERY_STATUS_LABEL } from "@/lib/pace/labels";

type Props = { rows: LedgerRow[]; workstreams: Workstream[]; query: LedgerQuery; hrefFor: (q: LedgerQuery) => string };

const COLUMNS: { key: LedgerSort; label: string; numeric?: boolean }[] = [
  { key: "name", label: "Country" },
  { key: "region", label: "Region" },
  { key: "pledges", label: "Pledges", numeric: true },
  { key: "updates", label: "Updates", numeric: true },
  { key: "last", label: "Latest event" },
];

export function WorkstreamStatus({ cell }: { cell: LedgerRow["workstreams"][string] | undefined }) {
  if (!cell || (!cell.reached && !cell.delivery)) return <span className="muted">— not reached</span>;
  const delivery = cell.delivery ? DELIVERY_STATUS_LABEL[cell.delivery] : null;
  const updates = cell.updates ? ` · ${cell.updates} update${cell.updates === 1 ? "" : "s"}` : "";
  return (
    <>
      {delivery ? <Badge tone={delivery.tone} label={delivery.label} /> : <Badge tone="info" label="Reached" />}
      {updates}
      {cell.isSample ? <SampleTag /> : null}
    </>
  );
}

/** The recipient-country ledger; column headers are links that sort on the server, so it works without script. */
export function LedgerTable({ rows, workstreams, query, hrefFor }: Props) {
  if (rows.length === 0) {
    return <EmptyState>No country has been reached by a published update{query.region || query.workstream ? " with these filters" : " yet"}.</EmptyState>;
  }
  const sort = query.sort ?? "name";
  const dir = query.dir ?? "asc";
  return (
    <div className="table-scroll">
      <table data-testid="ledger-table">
        <caption className="visually-hidden">Countries reached, with pledges and status per workstream. Column headers sort the table.</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = sort === c.key;
              const nextDir = active && dir === "asc" ? "desc" : "asc";
              return (
                <th key={c.key} scope="col" className={c.numeric ? "num" : undefined} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={hrefFor({ ...query, sort: c.key, dir: nextDir })}>
                    {c.label}
                    <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
                    <span className="visually-hidden">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
                  </Link>
                </th>
              );
            })}
            {workstreams.map((w) => (
              <th key={`${w.pledgeSlug}/${w.slug}`} scope="col">
                {w.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso3} data-testid={`country-${r.iso3}`}>
              <th scope="row">
                {/* A plain link: 150 rows of next/link would each add client-component payload. */}
                <a href={`/countries/${r.iso3}`}>{r.name}</a>
                {r.developing ? null : <span className="muted"> (reached, not counted toward the target: not flagged developing)</span>}
              </th>
              <td>{r.region}</td>
              <td className="num">{r.pledges.length}</td>
              <td className="num">{formatNumber(r.updates)}</td>
              <td>{r.lastEventDate ? formatDate(r.lastEventDate) : "—"}</td>
              {workstreams.map((w) => (
                <td key={`${w.pledgeSlug}/${w.slug}`}>
                  <WorkstreamStatus cell={r.workstreams[`${w.pledgeSlug}/${w.slug}`]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
