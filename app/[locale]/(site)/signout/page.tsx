import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <section className="narrow">
      <h1>Sign out</h1>
      {user ? (
        <>
          <p>
            Signed in as <strong>{user.email}</strong>.
          </p>
          <SignOutButton />
        </>
      ) : (
        <p>You are signed out.</p>
      )}
    </section>
  );
}
