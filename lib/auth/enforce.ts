import { recordRefusal } from "@/lib/audit/refusals";
import { ForbiddenError } from "@/lib/errors";
import { assertCan, PasswordChangeRequiredError, type Permission, type SessionUser } from "./permissions";

/** assertCan for the server: a signed-in user's refusal also goes to the audit log. */
export function enforce(user: SessionUser | null | undefined, permission: Permission, deniedMessage?: string): asserts user is SessionUser {
  try {
    assertCan(user, permission, deniedMessage);
  } catch (error) {
    if (user && error instanceof ForbiddenError) {
      const reason = error instanceof PasswordChangeRequiredError ? "password_change_required" : "forbidden";
      recordRefusal({ actorId: user.id, permission, reason });
    }
    throw error;
  }
}
