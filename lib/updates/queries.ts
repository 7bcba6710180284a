import { STAFF_EVIDENCE_QUERY, toStaffEvidence } from "@/lib/evidence/staff";
import type { SessionUser } from "@/lib/auth/permissions";
import { db, type UpdateState } from "@/lib/db";
import { PUBLIC_UPDATE_WHERE } from "./visibility";

export type UpdateRow = {
  id: number;
  title: string;
  pledge: string;
  state: UpdateState;
  quantity: number;
  eventDate: string;
  author: string | null;
  reviewComment: string | null;
  updatedAt: string;
};

const ROW_SELECT = {
  id: true,
  title: true,
  state: true,
  quantity: true,
  eventDate: true,
  reviewComment: true,
  updatedAt: true,
  pledge: { select: { title: true } },
  author: { select: { name: true } },
} as const;

type RawRow = {
  id: number;
  title: string;
  state: UpdateState;
  quantity: number;
  eventDate: Date;
  reviewComment: string | null;
  updatedAt: Date;
  pledge: { title: string };
  author: { name: string } | null;
};

const toRow = (u: RawRow): UpdateRow => ({
  id: u.id,
  title: u.title,
  pledge: u.pledge.title,
  state: u.state,
  quantity: u.quantity,
  eventDate: u.eventDate.toISOString().slice(0, 10),
  author: u.author?.name ?? null,
  reviewComment: u.reviewComment,
  updatedAt: u.updatedAt.toISOString(),
});

/**
 * Whose unpublished updates (drafts, submitted, returned) a user may see: admins everyone's (null), editors only
 * their own (their user id). The editor pages and the drafts export both apply this one rule.
 */
export function getUnpublishedAuthorScope(viewer: SessionUser): number | null {
  return viewer.role === "ADMIN" ? null : viewer.id;
}

/** The signed-in user's own updates that are not deleted, newest first (returned ones first: they need action). */
export async function listMyUpdates(userId: number, take = 50): Promise<UpdateRow[]> {
  const rows = await db.progressUpdate.findMany({ where: { authorId: userId, deletedAt: null }, orderBy: { updatedAt: "desc" }, take, select: ROW_SELECT });
  return rows.map(toRow).sort((a, b) => Number(b.state === "RETURNED") - Number(a.state === "RETURNED"));
}

/** Submitted updates waiting for review, oldest first. */
export async function listSubmittedUpdates(take = 100): Promise<UpdateRow[]> {
  const rows = await db.progressUpdate.findMany({ where: { state: "SUBMITTED", deletedAt: null }, orderBy: { submittedAt: "asc" }, take, select: ROW_SELECT });
  return rows.map(toRow);
}

export async function listRecentlyPublished(take = 20): Promise<UpdateRow[]> {
  const rows = await db.progressUpdate.findMany({ where: PUBLIC_UPDATE_WHERE, orderBy: { publishedAt: "desc" }, take, select: ROW_SELECT });
  return rows.map(toRow);
}

/** Everything the update page needs, or null when the user may not see it (editors see only their own). */
export async function getUpdateDetail(id: number, viewer: SessionUser) {
  const u = await db.progressUpdate.findUnique({
    where: { id },
    include: {
      pledge: { select: { id: true, title: true, fieldLabel: true, measure: true } },
      field: { select: { name: true } },
      author: { select: { name: true } },
      reviewer: { select: { name: true } },
      deletedBy: { select: { name: true } },
      countries: { include: { country: { select: { id: true, name: true, iso3: true } } } },
      evidence: STAFF_EVIDENCE_QUERY,
      revisions: { orderBy: { version: "desc" }, include: { author: { select: { name: true } } } },
    },
  });
  const author = getUnpublishedAuthorScope(viewer);
  if (!u || (author !== null && u.authorId !== author)) return null;
  return {
    id: u.id,
    version: u.version,
    state: u.state,
    authorId: u.authorId,
    pledgeId: u.pledgeId,
    pledgeTitle: u.pledge.title,
    fieldLabel: u.pledge.fieldLabel,
    fieldId: u.fieldId,
    fieldName: u.field?.name ?? null,
    title: u.title,
    description: u.description,
    quantity: u.quantity,
    eventDate: u.eventDate.toISOString().slice(0, 10),
    countries: u.countries.map((c) => c.country),
    publicSummary: u.publicSummary,
    lang: u.lang,
    evidenceLevel: u.evidenceLevel,
    evidence: u.evidence.map(toStaffEvidence),
    author: u.author?.name ?? null,
    reviewer: u.reviewer?.name ?? null,
    reviewComment: u.reviewComment,
    reviewedAt: u.reviewedAt?.toISOString() ?? null,
    publishedAt: u.publishedAt?.toISOString() ?? null,
    selfPublished: u.selfPublished,
    correctedAt: u.correctedAt?.toISOString() ?? null,
    deletedAt: u.deletedAt?.toISOString() ?? null,
    deletedBy: u.deletedBy?.name ?? null,
    deleteReason: u.deleteReason,
    revisions: u.revisions.map((r) => ({ version: r.version, reason: r.reason, author: r.author?.name ?? null, createdAt: r.createdAt.toISOString(), snapshot: JSON.parse(r.snapshot) as Record<string, unknown> })),
  };
}

export type UpdateDetail = NonNullable<Awaited<ReturnType<typeof getUpdateDetail>>>;

/** Pledges with their fields, and all countries, for the update form's selects. */
export async function getUpdateFormOptions() {
  const [pledges, countries] = await Promise.all([
    db.pledge.findMany({
      orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
      select: { id: true, title: true, unit: true, fieldLabel: true, measure: true, fields: { orderBy: { displayOrder: "asc" }, select: { id: true, name: true } } },
    }),
    db.country.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, iso3: true, developing: true } }),
  ]);
  return { pledges, countries };
}

export type UpdateFormOptions = Awaited<ReturnType<typeof getUpdateFormOptions>>;
