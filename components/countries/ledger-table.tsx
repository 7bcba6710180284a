import { useTranslations } from "next-intl";
import { Badge, EmptyState, SampleTag } from "@/components/ui/badge";
import { useSiteLocale } from "@/components/ui/locale";
import type { LedgerQuery, LedgerRow, LedgerSort, Workstream } from "@/lib/countries/queries";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locales";
import { DELIVERY_STATUS_LABEL } from "@/lib/pace/labels";

type Props = { rows: LedgerRow[]; workstreams: Workstream[]; query: LedgerQuery; hrefFor: (q: LedgerQuery) => string };

const COLUMNS: { key: LedgerSort; numeric?: boolean }[] = [{ key: "name" }, { key: "region" }, { key: "pledges", numeric: true }, { key: "updates", numeric: true }, { key: "last" }];
const SORT_MARKS = { asc: " ▲", desc: " ▼", none: " ↕" } as const;
type Direction = "asc" | "desc";

/** A column header's sort: whether it sorts the table now, the direction its link asks for, and its mark. */
function readColumnSort(key: LedgerSort, sort: LedgerSort, dir: Direction) {
  const active = sort === key;
  const nextDir: Direction = active && dir === "asc" ? "desc" : "asc";
  return { active, nextDir, mark: SORT_MARKS[active ? dir : "none"] };
}

export function WorkstreamStatus({ cell }: { cell: LedgerRow["workstreams"][string] | undefined }) {
  const t = useTranslations("public.ledger");
  const labels = getLabels(useSiteLocale());
  if (!cell || (!cell.reached && !cell.delivery)) return <span className="muted">{t("notReached")}</span>;
  const tone = cell.delivery ? DELIVERY_STATUS_LABEL[cell.delivery]?.tone : undefined;
  return (
    <>
      {cell.delivery && tone ? <Badge tone={tone} label={labels(`deliveryStatus.${cell.delivery}` as "deliveryStatus.PLANNED")} /> : <Badge tone="info" label={t("reached")} />}
      {cell.updates ? <> · {t("updateCount", { count: cell.updates })}</> : null}
      {cell.isSample ? <SampleTag /> : null}
    </>
  );
}

/** The recipient-country ledger; column headers are links that sort on the server, so it works without script. */
export function LedgerTable({ rows, workstreams, query, hrefFor }: Props) {
  const t = useTranslations("public.ledger");
  const locale = useSiteLocale();
  const format = getFormats(locale);
  if (rows.length === 0) {
    return <EmptyState>{t(query.region || query.workstream ? "emptyFiltered" : "empty")}</EmptyState>;
  }
  const sort = query.sort ?? "name";
  const dir = query.dir ?? "asc";
  return (
    <div className="table-scroll">
      <table data-testid="ledger-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const { active, nextDir, mark } = readColumnSort(c.key, sort, dir);
              return (
                <th key={c.key} scope="col" className={c.numeric ? "num" : undefined} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                  <a href={hrefFor({ ...query, sort: c.key, dir: nextDir })}>
                    {t(`columns.${c.key}`)}
                    <span aria-hidden="true">{mark}</span>
                    <span className="visually-hidden">, {t(nextDir === "asc" ? "sortAscending" : "sortDescending")}</span>
                  </a>
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
                <a href={localizePath(`/countries/${r.iso3}`, locale)}>{r.name}</a>
                {r.developing ? null : <span className="muted"> {t("notCounted")}</span>}
              </th>
              <td>{r.region}</td>
              <td className="num">{format.number(r.pledges.length)}</td>
              <td className="num">{format.number(r.updates)}</td>
              <td>{r.lastEventDate ? format.date(r.lastEventDate) : "—"}</td>
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
