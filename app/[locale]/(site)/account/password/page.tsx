import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/account/password");
  return (
    <section className="narrow">
      <h1>Change password</h1>
      {user.mustChangePassword && <p>You signed in with a temporary password. Choose your own to continue.</p>}
      <ChangePasswordForm />
    </section>
  );
}
