import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { auditFilterSchema, getAuditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { getFormats } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  await requirePageUser("audit:read", "/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const [{ rows, total, pages }, options] = await Promise.all([listAuditEntries(filters), getAuditFilterOptions()]);
  const pageLink = (page: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v) as [string, string][]), page: String(page) })}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <form className="filters" method="get" aria-label={t("filterLabel")}>
        <label>
          {t("who")}
          <select name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("anyone")}</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("action")}
          <select name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("any")}</option>
            {options.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          {t("entity")}
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">{t("any")}</option>
            {options.entities.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          {t("entityId")}
          <input name="entityId" defaultValue={filters.entityId ?? ""} size={6} />
        </label>
        <label>
          {t("from")}
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          {t("to")}
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <button type="submit">{t("filter")}</button>
        <Link href="/admin/audit">{t("clear")}</Link>
      </form>
      {!parsed.success && <p className="error">{t("invalid")}</p>}
      <p aria-live="polite">
        {t("count", { total, formatted: getFormats(locale).number(total) })}
        {pages > 1 ? t("page", { page: filters.page, pages }) : ""}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("entity")}</th>
              <th scope="col">{t("change")}</th>
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
                  {r.entityType === "update" ? <Link href={`/admin/updates/${r.entityId}`}>{t("updateEntity", { id: r.entityId })}</Link> : `${r.entityType} ${r.entityId}`}
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
      <nav className="pager" aria-label={t("pages")}>
        {filters.page > 1 && <Link href={pageLink(filters.page - 1)}>{t("newer")}</Link>}
        {filters.page < pages && <Link href={pageLink(filters.page + 1)}>{t("older")}</Link>}
      </nav>
    </>
  );
}
