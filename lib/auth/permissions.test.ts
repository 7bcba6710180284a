import { describe, expect, it } from "vitest";
import { assertCan, can, canEditUpdate, PasswordChangeRequiredError, ROLE_PERMISSIONS, type SessionUser } from "./permissions";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

const editor: SessionUser = { id: 1, email: "e@x.test", name: "E", role: "EDITOR", sessionVersion: 0, mustChangePassword: false };
const admin: SessionUser = { id: 2, email: "a@x.test", name: "A", role: "ADMIN", sessionVersion: 0, mustChangePassword: false };

describe("permissions", () => {
  it("denies everything to anonymous users", () => {
    for (const permission of ROLE_PERMISSIONS.ADMIN) expect(can(null, permission)).toBe(false);
  });

  it("lets editors log progress but not review or manage", () => {
    expect(can(editor, "update:create")).toBe(true);
    expect(can(editor, "update:review")).toBe(false);
    expect(can(editor, "user:manage")).toBe(false);
    expect(can(admin, "update:review")).toBe(true);
  });

  it("lets editors edit only their own drafts or returned updates", () => {
    expect(canEditUpdate(editor, { authorId: 1, state: "DRAFT" })).toBe(true);
    expect(canEditUpdate(editor, { authorId: 1, state: "RETURNED" })).toBe(true);
    expect(canEditUpdate(editor, { authorId: 1, state: "PUBLISHED" })).toBe(false);
    expect(canEditUpdate(editor, { authorId: 9, state: "DRAFT" })).toBe(false);
    expect(canEditUpdate(admin, { authorId: 9, state: "SUBMITTED" })).toBe(true);
  });

  it("lets a user with a temporary password do nothing but change it, whatever the role", () => {
    const restricted = { ...admin, mustChangePassword: true };
    for (const permission of ROLE_PERMISSIONS.ADMIN) {
      expect(can(restricted, permission)).toBe(permission === "account:password");
    }
    expect(canEditUpdate(restricted, { authorId: 2, state: "DRAFT" })).toBe(false);
    expect(() => assertCan(restricted, "update:export-drafts")).toThrow(PasswordChangeRequiredError);
    expect(() => assertCan(restricted, "account:password")).not.toThrow();
  });

  it("says why a permission is refused", () => {
    expect(() => assertCan(null, "update:create")).toThrow(UnauthenticatedError);
    expect(() => assertCan(editor, "audit:read", "Admins only.")).toThrow(new ForbiddenError("Admins only."));
    expect(() => assertCan(editor, "update:create")).not.toThrow();
  });
});
