import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeliveryForm } from "@/components/admin/delivery-form";
import { requirePageUser } from "@/lib/auth/session";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { Link } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";
import { getDeliveries, getPledgeAdmin } from "@/lib/pledges/admin-queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.deliveries" });
  return { title: t("title") };
}

export default async function DeliveriesPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.deliveries" });
  const labels = getLabels(locale);
  const { id } = await params;
  await requirePageUser("pledge:status", `/admin/pledges/${id}/deliveries`);
  const pledge = Number.isInteger(Number(id)) ? await getPledgeAdmin(Number(id)) : null;
  if (!pledge) notFound();
  const { rows, countries } = await getDeliveries(pledge.id);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { label: pledge.fieldLabel, pledge: (c) => <Link href={`/admin/pledges/${pledge.id}`}>{c}</Link>, title: pledge.title })}</p>
      {pledge.fields.length === 0 ? (
        <p className="muted">{t("noFields", { label: pledge.fieldLabel })}</p>
      ) : (
        <DeliveryForm pledgeId={pledge.id} fields={pledge.fields} countries={countries} rows={rows} />
      )}
      <h2>{t("recorded")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col">{pledge.fieldLabel}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("lastChange")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`delivery-${r.countryId}-${r.fieldId}`}>
                <td>{r.country}</td>
                <td>{r.field}</td>
                <td>{labels(`deliveryStatus.${r.status}`)}</td>
                <td>{r.note ?? "—"}</td>
                <td>{t("changedBy", { date: getFormats(locale).date(r.at), by: r.by ?? t("unknown") })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
