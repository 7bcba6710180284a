import type { Db, Tx } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { validationMessage as v } from "@/lib/i18n/validation";
import { enforce } from "./enforce";
import type { Permission, SessionUser } from "./permissions";
import { checkSessionAccount } from "./session-token";

const REFUSALS = {
  missing: v("errors.accountMissing"),
  disabled: v("errors.accountDisabled"),
  ended: v("errors.sessionEnded"),
} as const;

/**
 * Re-reads the actor from the database (inside the caller's transaction) and checks the permission against the
 * current role. A disabled or deleted user, a session whose version the account has moved past (password changed or
 * reset, role changed, disabled), or a user who must first change a temporary password is refused here, so a stale
 * SessionUser object can never write.
 */
export async function authorize(client: Db | Tx, actor: SessionUser | null | undefined, permission: Permission): Promise<SessionUser> {
  if (!actor) throw new UnauthenticatedError();
  const check = await checkSessionAccount(client, { id: actor.id, sessionVersion: actor.sessionVersion });
  if ("refused" in check) throw new UnauthenticatedError(REFUSALS[check.refused]);
  enforce(check.user, permission);
  return check.user;
}
