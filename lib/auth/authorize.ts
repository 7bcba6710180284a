import type { Db, Tx } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { assertCan, type Permission, type SessionUser } from "./permissions";
import { checkSessionAccount } from "./session-token";

const REFUSALS = {
  missing: "Your account no longer exists.",
  disabled: "Your account is disabled.",
  ended: "Your session has ended because your password or account changed. Sign in again.",
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
  assertCan(check.user, permission);
  return check.user;
}
