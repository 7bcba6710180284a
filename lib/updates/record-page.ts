import { cachePublicRead } from "@/lib/cache";
import { diffFields, PUBLIC_UPDATE_FIELDS, readPublicUpdateValues } from "@/lib/changes/entries";
import type { FieldChange } from "@/lib/changes/record";
import { db } from "@/lib/db";
import { toPublicUpdate, type PublicUpdate } from "./public";
import { snapshotUpdate, UPDATE_WITH_DETAILS, type UpdateSnapshot } from "./snapshot";
import { isPublicUpdate } from "./visibility";

/**
 * The public record of one update (/updates/[id]): the update as published now with each earlier version it replaced
 * (UpdateRevision) and what changed, or a tombstone with the reason once a published update was deleted. Drafts,
 * returned updates and updates deleted before publication have no public record (null).
 */

export type UpdateRevisionView = {
  version: number;
  /** When this version was replaced, and why. */
  replacedAt: string;
  reason: string;
  changes: FieldChange[];
};

export type UpdateRecord =
  | { status: "published"; update: PublicUpdate; version: number; revisions: UpdateRevisionView[] }
  | { status: "deleted"; id: number; title: string; pledge: { slug: string; title: string }; publishedAt: string | null; deletedAt: string; reason: string | null };

export const getUpdateRecord = cachePublicRead("update-record", async (id: number): Promise<UpdateRecord | null> => {
  const u = await db.progressUpdate.findUnique({
    where: { id },
    include: {
      ...UPDATE_WITH_DETAILS,
      pledge: { select: { slug: true, title: true, unit: true, measure: true } },
      revisions: { orderBy: { version: "asc" } },
    },
  });
  if (!u || u.publishedAt === null) return null;
  const pledge = { slug: u.pledge.slug, title: u.pledge.title };
  if (!isPublicUpdate(u)) {
    if (u.deletedAt === null) return null; // published once, now neither public nor deleted: not a public record
    return { status: "deleted", id: u.id, title: u.title, pledge, publishedAt: u.publishedAt.toISOString(), deletedAt: u.deletedAt.toISOString(), reason: u.deleteReason };
  }
  // Each revision holds the version it replaced; the next revision (or the current update) is what replaced it.
  const current = readPublicUpdateValues(snapshotUpdate(u));
  const versions = u.revisions.map((r) => readPublicUpdateValues(JSON.parse(r.snapshot) as UpdateSnapshot));
  const revisions = u.revisions
    .map((r, i) => ({
      version: r.version,
      replacedAt: r.createdAt.toISOString(),
      reason: r.reason,
      changes: diffFields(versions[i], versions[i + 1] ?? current, PUBLIC_UPDATE_FIELDS),
    }))
    .reverse();
  return {
    status: "published",
    version: u.version,
    revisions,
    update: toPublicUpdate(u),
  };
});
