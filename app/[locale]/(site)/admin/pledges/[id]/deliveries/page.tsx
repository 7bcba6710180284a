import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryForm } from "@/components/admin/delivery-form";
import { requirePageUser } from "@/lib/auth/session";
import { DELIVERY_STATUS_LABEL } from "@/lib/pace/labels";
import { getDeliveries, getPledgeAdmin } from "@/lib/pledges/admin-queries";

export const metadata: Metadata = { title: "Country delivery status" };

export default async function DeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser("pledge:status", `/admin/pledges/${id}/deliveries`);
  const pledge = Number.isInteger(Number(id)) ? await getPledgeAdmin(Number(id)) : null;
  if (!pledge) notFound();
  const { rows, countries } = await getDeliveries(pledge.id);
  return (
    <>
      <h1>Country delivery status</h1>
      <p>
        <Link href={`/admin/pledges/${pledge.id}`}>{pledge.title}</Link>: each country&apos;s status per {pledge.fieldLabel}.
      </p>
      {pledge.fields.length === 0 ? (
        <p className="muted">Add a {pledge.fieldLabel} to this pledge first.</p>
      ) : (
        <DeliveryForm pledgeId={pledge.id} fields={pledge.fields} countries={countries} rows={rows} />
      )}
      <h2>Recorded</h2>
      {rows.length === 0 ? (
        <p className="muted">No country has a delivery status yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">{pledge.fieldLabel}</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`delivery-${r.countryId}-${r.fieldId}`}>
                <td>{r.country}</td>
                <td>{r.field}</td>
                <td>{DELIVERY_STATUS_LABEL[r.status].label}</td>
                <td>{r.note ?? "—"}</td>
                <td>
                  {r.at.slice(0, 10)} by {r.by ?? "unknown"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
