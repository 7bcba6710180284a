import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { can, type Permission, type SessionUser } from "./permissions";

/**
 * The signed-in user for this request, re-read from the database (so a disabled user loses access at once and a
 * role change applies at once), or null. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (typeof id !== "number") return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For admin pages: anonymous users go to sign-in, users without the permission get a 403 page. */
export async function requirePageUser(permission: Permission, from = "/admin"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(from)}`);
  if (!can(user, permission)) redirect("/admin/forbidden");
  return user;
}
