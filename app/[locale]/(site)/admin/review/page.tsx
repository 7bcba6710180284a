import type { Metadata } from "next";
import { UpdateTable } from "@/components/admin/update-table";
import { requirePageUser } from "@/lib/auth/session";
import { listRecentlyPublished, listSubmittedUpdates } from "@/lib/updates/queries";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requirePageUser("update:review", "/admin/review");
  const [waiting, published] = await Promise.all([listSubmittedUpdates(), listRecentlyPublished()]);
  return (
    <>
      <h1>Review</h1>
      <h2>Waiting for review</h2>
      <UpdateTable rows={waiting} showAuthor empty="Nothing is waiting for review." />
      <h2>Recently published</h2>
      <UpdateTable rows={published} showAuthor empty="Nothing published yet." />
    </>
  );
}
