import type { Metadata } from "next";
import Link from "next/link";
import { UpdateTable } from "@/components/admin/update-table";
import { FreshnessTable } from "@/components/freshness/freshness";
import { canReviewUpdates } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listPledgeFreshness, sortOverdueFirst } from "@/lib/freshness/queries";
import { listMyUpdates, listSubmittedUpdates } from "@/lib/updates/queries";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  const user = await requirePageUser("update:create");
  const reviewer = canReviewUpdates(user);
  // Independent reads, run together.
  const [mine, waiting] = await Promise.all([listMyUpdates(user.id), reviewer ? listSubmittedUpdates() : Promise.resolve([])]);
  return (
    <>
      <h1>Admin</h1>
      <p>
        Signed in as <strong>{user.name}</strong> ({user.role.toLowerCase()}). <Link href="/admin/updates/new">Log progress</Link>
      </p>
      {reviewer && (
        <p>
          <Link href="/admin/review">{waiting.length === 0 ? "Nothing waiting for review" : `${waiting.length} update${waiting.length === 1 ? "" : "s"} waiting for review`}</Link>
        </p>
      )}
      <h2>Pledges to check</h2>
      <FreshnessTable rows={sortOverdueFirst(await listPledgeFreshness())} />
      <h2>My updates</h2>
      <UpdateTable rows={mine} empty="You have not logged any progress yet." />
    </>
  );
}
