"use client";

import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

export function SignInForm({ callbackUrl, oidcName, initialError }: { callbackUrl: string; oidcName: string | null; initialError: boolean }) {
  const t = useTranslations("auth.signIn");
  const failed = t("failed");
  const [error, setError] = useState<string | null>(initialError ? failed : null);
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
    setError(failed);
  }

  return (
    <>
      <form onSubmit={onSubmit} className="form" aria-describedby={error ? "signin-error" : undefined}>
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <div aria-live="polite">
          {error && (
            <p id="signin-error" role="alert" className="error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t("pending") : t("title")}
        </button>
      </form>
      {oidcName && (
        <p>
          <button type="button" className="secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            {t("withProvider", { provider: oidcName })}
          </button>
        </p>
      )}
    </>
  );
}
