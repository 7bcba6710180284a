import type { Metadata } from "next";
import { UpdateForm } from "@/components/admin/update-form";
import { requirePageUser } from "@/lib/auth/session";
import { getUpdateFormOptions } from "@/lib/updates/queries";

export const metadata: Metadata = { title: "Log progress" };

export default async function NewUpdatePage({ searchParams }: { searchParams: Promise<{ pledge?: string }> }) {
  await requirePageUser("update:create", "/admin/updates/new");
  const [options, { pledge }] = await Promise.all([getUpdateFormOptions(), searchParams]);
  const preselected = options.pledges.find((p) => String(p.id) === pledge)?.id;
  return (
    <>
      <h1>Log progress</h1>
      <p className="muted">Save it as a draft to finish later, or submit it: an admin reviews it before it is published.</p>
      <UpdateForm options={options} mode="create" values={{ pledgeId: preselected }} />
    </>
  );
}
