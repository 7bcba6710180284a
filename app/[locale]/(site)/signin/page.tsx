import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isOidcEnabled } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <p className="muted">For editors and administrators. Everyone else can read every pledge without an account.</p>
      <SignInForm callbackUrl={target} oidcName={isOidcEnabled() ? getEnv().OIDC_NAME : null} initialError={!!error} />
    </section>
  );
}
