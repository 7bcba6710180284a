import type { Db, Tx } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { can, type Permission, type SessionUser } from "./permissions";

/**
 * Re-reads the actor from the database (inside the caller's transaction) and checks the permission against the
 * current role. A disabled or deleted user, or a role changed since the session began, is refused here, so a stale
 * SessionUser object can never write.
 */
export async function authorize(client: Db | Tx, actor: SessionUser | null | undefined, permission: Permission): Promise<SessionUser> {
  if (!actor) throw new UnauthenticatedError();
  const row = await client.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!row || row.disabled) throw new UnauthenticatedError("Your account is disabled or no longer exists.");
  const fresh: SessionUser = { id: row.id, email: row.email, name: row.name, role: row.role };
  if (!can(fresh, permission)) throw new ForbiddenError();
  return fresh;
}
