import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteUpdateForm } from "@/components/admin/delete-update-form";
import { ReviewForm } from "@/components/admin/review-form";
import { UpdateDetails, UpdateRevisions } from "@/components/admin/update-details";
import { UpdateForm } from "@/components/admin/update-form";
import { STATE_LABELS } from "@/components/admin/update-table";
import { can, canEditUpdate, type SessionUser } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { canPublishWithoutOtherReviewer } from "@/lib/updates/four-eyes";
import { getUpdateDetail, getUpdateFormOptions } from "@/lib/updates/queries";

export const metadata: Metadata = { title: "Progress update" };

const SAVED: Record<string, string> = {
  draft: "Draft saved.",
  submitted: "Submitted for review.",
  published: "Published. It now counts towards the pledge.",
  returned: "Returned to the editor with your comment.",
  confirmed: "Figure confirmed against the document.",
  corrected: "Correction published. The previous version is kept in the history.",
  deleted: "Deleted.",
};

export default async function UpdatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser("update:create", `/admin/updates/${id}`);
  const update = Number.isInteger(Number(id)) ? await getUpdateDetail(Number(id), user) : null;
  if (!update) notFound();
  const deleted = update.deletedAt !== null;
  const editable = !deleted && update.state !== "PUBLISHED" && canEditUpdate(user, update);
  const options = editable || (update.state === "PUBLISHED" && can(user, "update:correct")) ? await getUpdateFormOptions() : null;
  const values = {
    id: update.id,
    version: update.version,
    pledgeId: update.pledgeId,
    fieldId: update.fieldId,
    eventDate: update.eventDate,
    quantity: update.quantity,
    title: update.title,
    description: update.description,
    publicSummary: update.publicSummary,
    countryIds: update.countries.map((c) => c.id),
    evidence: update.evidence,
  };
  return (
    <>
      <h1>{update.title}</h1>
      <p>
        <span className="badge" data-testid="update-state">
          {deleted ? "Deleted" : STATE_LABELS[update.state]}
        </span>{" "}
        {update.pledgeTitle} · by {update.author ?? "unknown"} · version {update.version}
        {update.correctedAt && <> · corrected {update.correctedAt.slice(0, 10)}</>}
      </p>
      {saved && SAVED[saved] && (
        <p role="status" className="notice">
          {SAVED[saved]}
        </p>
      )}
      {update.reviewComment && update.state === "RETURNED" && (
        <div className="panel conflict" data-testid="review-comment">
          <strong>Returned for changes by {update.reviewer ?? "an admin"}:</strong> {update.reviewComment}
        </div>
      )}
      {deleted && (
        <div className="panel">
          Deleted by {update.deletedBy ?? "unknown"} on {update.deletedAt!.slice(0, 10)}. Reason: {update.deleteReason}
        </div>
      )}
      {editable && options ? <UpdateForm options={options} values={values} mode="edit" /> : <UpdateDetails update={update} canConfirm={canConfirmFigures(user, update)} />}
      {!deleted && update.state === "SUBMITTED" && can(user, "update:review") && (
        <ReviewForm id={update.id} version={update.version} canPublish={await canPublishWithoutOtherReviewer(user.id, update)} />
      )}
      {!deleted && update.state === "PUBLISHED" && options && (
        <details className="panel">
          <summary>Correct this published update</summary>
          <p className="hint">Published numbers change only through a correction: the current version is kept in the history with your reason.</p>
          <UpdateForm options={options} values={values} mode="correct" />
        </details>
      )}
      {!deleted && (update.state === "PUBLISHED" ? can(user, "update:correct") : canEditUpdate(user, update)) && (
        <DeleteUpdateForm id={update.id} version={update.version} published={update.state === "PUBLISHED"} />
      )}
      <UpdateRevisions revisions={update.revisions} />
    </>
  );
}

/** Offers the confirmation the data layer accepts (lib/evidence/actions.ts): a reviewer who is not the author. */
const canConfirmFigures = (user: SessionUser, update: { authorId: number | null; state: string; deletedAt: string | null }) =>
  can(user, "update:review") && update.authorId !== user.id && !update.deletedAt && (update.state === "SUBMITTED" || update.state === "PUBLISHED");
