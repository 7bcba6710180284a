import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteUpdateForm } from "@/components/admin/delete-update-form";
import { ReviewForm } from "@/components/admin/review-form";
import { UpdateDetails, UpdateRevisions } from "@/components/admin/update-details";
import { UpdateForm } from "@/components/admin/update-form";
import { can, canEditUpdate } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { canConfirmFigures } from "@/lib/evidence/actions";
import { getFormats } from "@/lib/i18n/format";
import { readPageLocale } from "@/lib/i18n/params";
import { canPublishWithoutOtherReviewer } from "@/lib/updates/four-eyes";
import { getUpdateDetail, getUpdateFormOptions } from "@/lib/updates/queries";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.update" });
  return { title: t("title") };
}

// The notice after a save (?saved=…), one message each.
const SAVED = ["draft", "submitted", "published", "returned", "confirmed", "corrected", "deleted"] as const;
const isSaved = (value: string | undefined): value is (typeof SAVED)[number] => (SAVED as readonly (string | undefined)[]).includes(value);

export default async function UpdatePage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.update" });
  const states = await getTranslations({ locale, namespace: "admin.state" });
  const { date } = getFormats(locale);
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser("update:create", `/admin/updates/${id}`);
  const update = Number.isInteger(Number(id)) ? await getUpdateDetail(Number(id), user) : null;
  if (!update) notFound();
  const deleted = update.deletedAt !== null;
  const editable = !deleted && update.state !== "PUBLISHED" && canEditUpdate(user, update);
  // A correction publishes new figures, a deletion takes them down: both offered only to whom four eyes lets do it
  // (lib/updates/corrections.ts).
  const canCorrect = update.state === "PUBLISHED" && can(user, "update:correct") && (await canPublishWithoutOtherReviewer(user.id, update));
  const options = editable || canCorrect ? await getUpdateFormOptions() : null;
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
    lang: update.lang,
  };
  const unknown = t("unknown");
  const canReview = can(user, "update:review");
  return (
    <>
      <h1>{update.title}</h1>
      <p>
        <span className="badge" data-testid="update-state">
          {deleted ? t("deleted") : states(update.state)}
        </span>{" "}
        {t("byline", { pledge: update.pledgeTitle, author: update.author ?? unknown, version: update.version })}
        {update.correctedAt && t("corrected", { date: date(update.correctedAt) })}
      </p>
      {isSaved(saved) && (
        <p role="status" className="notice">
          {t(`saved.${saved}`)}
        </p>
      )}
      {update.reviewComment && update.state === "RETURNED" && (
        <div className="panel conflict" data-testid="review-comment">
          <strong>{t("returnedBy", { reviewer: update.reviewer ?? t("anAdmin") })}</strong> {update.reviewComment}
        </div>
      )}
      {deleted && <div className="panel">{t("deletedBy", { by: update.deletedBy ?? unknown, date: date(update.deletedAt!), reason: update.deleteReason ?? "" })}</div>}
      {editable && options ? <UpdateForm options={options} values={values} mode="edit" /> : <UpdateDetails update={update} canConfirm={await canConfirmFigures(user, update)} />}
      {!deleted && update.state === "SUBMITTED" && canReview && (
        <ReviewForm id={update.id} version={update.version} canPublish={await canPublishWithoutOtherReviewer(user.id, update)} />
      )}
      {!deleted && update.state === "PUBLISHED" && options && (
        <details className="panel">
          <summary>{t("correct")}</summary>
          <p className="hint">{t("correctHint")}</p>
          <UpdateForm options={options} values={values} mode="correct" />
        </details>
      )}
      {!deleted && (update.state === "PUBLISHED" ? canCorrect : canEditUpdate(user, update)) && (
        <DeleteUpdateForm id={update.id} version={update.version} published={update.state === "PUBLISHED"} />
      )}
      <UpdateRevisions revisions={update.revisions} />
    </>
  );
}
