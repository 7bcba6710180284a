import { db } from "@/lib/db";

export async function listUsers() {
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, mustChangePassword: true, oidcSubject: true, createdAt: true },
  });
  return users.map(({ oidcSubject, ...u }) => ({ ...u, singleSignOnLinked: oidcSubject !== null, createdAt: u.createdAt.toISOString() }));
}
