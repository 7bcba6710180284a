import type { Role } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

/**
 * The signed-in user as every action and route handler sees it, re-read from the database per request.
 * `sessionVersion` is the one the session was issued with (authorize() refuses it once the account's has moved on);
 * `mustChangePassword` restricts the user to changing their password.
 */
export type SessionUser = { id: number; email: string; name: string; role: Role; sessionVersion: number; mustChangePassword: boolean };

export type Permission =
  | "update:create" // log progress, edit and submit own drafts
  | "update:review" // publish or return submitted updates
  | "update:publish-own" // publish an update one wrote: no role holds it; the self-publication setting waives it (lib/updates/four-eyes.ts)
  | "update:correct" // correct or soft-delete published updates
  | "update:export-drafts" // CSV exports including unpublished updates
  | "update:import" // CSV import as drafts or submitted
  | "evidence:internal" // see internal evidence items and download their documents
  | "pledge:status" // change status, milestones, per-country delivery status
  | "pledge:manage" // pledges, targets, fields, annual plans, reporting rhythm
  | "pledge:check" // record "checked, nothing new" for a pledge (freshness)
  | "assessment:record" // record and correct a pledge's final assessment once its period is over
  | "country:manage" // the developing flag
  | "user:manage"
  | "settings:manage" // deployment-wide settings, such as allowing self-publication
  | "audit:read"
  | "data:release" // freeze the public data as a numbered data release
  | "health:read" // database, provider and migration details on /api/health
  | "account:password"; // change one's own password: the one thing a user with a temporary password may do

/** The one role → permission table. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  EDITOR: ["update:create", "update:export-drafts", "update:import", "evidence:internal", "pledge:check", "account:password"],
  ADMIN: [
    "account:password",
    "update:create",
    "update:review",
    "update:correct",
    "update:export-drafts",
    "update:import",
    "evidence:internal",
    "pledge:status",
    "pledge:manage",
    "pledge:check",
    "assessment:record",
    "country:manage",
    "user:manage",
    "settings:manage",
    "audit:read",
    "health:read",
    "data:release",
  ],
};

/** The one rule for temporary passwords: a user who must change theirs may do nothing else, whatever the role. */
export function isBlockedByPasswordChange(user: SessionUser, permission: Permission): boolean {
  return user.mustChangePassword && permission !== "account:password";
}

/** The one permission check. */
export function can(user: SessionUser | null | undefined, permission: Permission): user is SessionUser {
  return !!user && !isBlockedByPasswordChange(user, permission) && ROLE_PERMISSIONS[user.role].includes(permission);
}

export class PasswordChangeRequiredError extends ForbiddenError {
  readonly code = "password_change_required";
  constructor() {
    super("errors.passwordChangeRequired"); // a key of the validation catalogue (lib/i18n/validation.ts), as in lib/errors.ts
    this.name = "PasswordChangeRequiredError";
  }
}

/** can() for actions and route handlers: throws the typed error that says why (401, temporary password, or 403). */
export function assertCan(user: SessionUser | null | undefined, permission: Permission, deniedMessage?: string): asserts user is SessionUser {
  if (!user) throw new UnauthenticatedError();
  if (isBlockedByPasswordChange(user, permission)) throw new PasswordChangeRequiredError();
  if (!can(user, permission)) throw new ForbiddenError(deniedMessage);
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
