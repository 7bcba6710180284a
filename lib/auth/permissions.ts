import type { Role } from "@/lib/db";

/** The signed-in user as every action and route handler sees it, re-read from the database per request. */
export type SessionUser = { id: number; email: string; name: string; role: Role };

export type Permission =
  | "update:create" // log progress, edit and submit own drafts
  | "update:review" // publish or return submitted updates
  | "update:correct" // correct or soft-delete published updates
  | "update:export-drafts" // CSV exports including unpublished updates
  | "update:import" // CSV import as drafts or submitted
  | "pledge:status" // change status, milestones, per-country delivery status
  | "pledge:manage" // pledges, targets, fields, annual plans
  | "country:manage" // the developing flag
  | "user:manage"
  | "audit:read"
  | "health:read"; // database, provider and migration details on /api/health

/** The one role → permission table. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  EDITOR: ["update:create", "update:export-drafts", "update:import"],
  ADMIN: [
    "update:create",
    "update:review",
    "update:correct",
    "update:export-drafts",
    "update:import",
    "pledge:status",
    "pledge:manage",
    "country:manage",
    "user:manage",
    "audit:read",
    "health:read",
  ],
};

export function can(user: SessionUser | null | undefined, permission: Permission): user is SessionUser {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

/** Editors touch only their own drafts; admins any update. */
export function canEditUpdate(user: SessionUser | null | undefined, update: { authorId: number | null; state: string }) {
  if (!can(user, "update:create")) return false;
  if (user.role === "ADMIN") return true;
  return update.authorId === user.id && (update.state === "DRAFT" || update.state === "RETURNED");
}

export const canReviewUpdates = (user: SessionUser | null | undefined) => can(user, "update:review");
export const canExportDrafts = (user: SessionUser | null | undefined) => can(user, "update:export-drafts");
export const canReadAudit = (user: SessionUser | null | undefined) => can(user, "audit:read");
