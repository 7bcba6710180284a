import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/account/password");
  const { mustChangePassword } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } });
  return (
    <section className="narrow">
      <h1>Change password</h1>
      {mustChangePassword && <p>You signed in with a temporary password. Choose your own to continue.</p>}
      <ChangePasswordForm />
    </section>
  );
}
