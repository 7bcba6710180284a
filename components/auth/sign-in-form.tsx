"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

const FAILED = "Sign-in failed. Check your email and password; after repeated failures sign-in is paused for 15 minutes.";

export function SignInForm({ callbackUrl, oidcName, initialError }: { callbackUrl: string; oidcName: string | null; initialError: boolean }) {
  const [error, setError] = useState<string | null>(initialError ? FAILED : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl); // full load, so the header and server components see the new session
      return;
    }
    setPending(false);
    setError(FAILED);
  }

  return (
    <>
      <form onSubmit={onSubmit} className="form" aria-describedby={error ? "signin-error" : undefined}>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <div aria-live="polite">
          {error && (
            <p id="signin-error" role="alert" className="error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidcName && (
        <p>
          <button type="button" className="secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            Sign in with {oidcName}
          </button>
        </p>
      )}
    </>
  );
}
