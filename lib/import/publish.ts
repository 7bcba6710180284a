import { authorize } from "@/lib/auth/authorize";
import { can, type SessionUser } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db";
import { formatValidationMessage } from "@/lib/i18n/validation";
import { canPublishWithoutOtherReviewer, checkIndependentReview, SELF_PUBLICATION_REFUSED } from "@/lib/updates/four-eyes";
import type { ImportProblem } from "./parse";
import type { ImportRow } from "./validate";

// Publishing on import is publishing: it needs the review permission and passes four eyes. The importer wrote the
// rows, so four eyes holds only where self-publication is allowed, and the rows are then marked so.

/** Inside the import's transaction, before writing: refuses (audited) or returns the mark for published rows, null when none. */
export async function checkImportPublishing(tx: Tx, actor: SessionUser, rows: ImportRow[]) {
  if (!rows.some((r) => r.state === "PUBLISHED")) return null;
  await authorize(tx, actor, "update:review");
  return checkIndependentReview(tx, actor, { id: null, authorId: actor.id });
}

/** The dry run's view of the same refusals, reported on the first published row instead of thrown. */
export async function findPublishingProblems(client: Db, actor: SessionUser, rows: ImportRow[]): Promise<ImportProblem[]> {
  const line = rows.find((r) => r.state === "PUBLISHED")?.line;
  if (line === undefined) return [];
  if (!can(actor, "update:review")) return [{ line, column: "state", message: "Only admins can import published updates; import them as submitted for review." }];
  if (await canPublishWithoutOtherReviewer(actor.id, { id: null, authorId: actor.id }, client)) return [];
  return [{ line, column: "state", message: `${formatValidationMessage(SELF_PUBLICATION_REFUSED)} Import them as submitted for review.` }];
}
