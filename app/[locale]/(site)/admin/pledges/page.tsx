import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PLEDGE_STATUS_LABEL } from "@/lib/pace/labels";
import { listPledgesForAdmin } from "@/lib/pledges/admin-queries";

export const metadata: Metadata = { title: "Pledges" };

export default async function AdminPledgesPage() {
  await requirePageUser("pledge:status", "/admin/pledges");
  const pledges = await listPledgesForAdmin();
  return (
    <>
      <h1>Pledges</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Pledge</th>
            <th scope="col">Target</th>
            <th scope="col">Status</th>
            <th scope="col">Waiting for review</th>
          </tr>
        </thead>
        <tbody>
          {pledges.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/admin/pledges/${p.id}`}>{p.title}</Link>
              </td>
              <td>
                {p.target.toLocaleString("en")} {p.unit}
              </td>
              <td>
                <span className="badge">{PLEDGE_STATUS_LABEL[p.status]?.label ?? p.status}</span>
              </td>
              <td>{p.waiting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
