"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useSiteLocale } from "@/components/ui/locale";
import { localizePath } from "@/lib/i18n/locales";

type Account = { name: string; role: string } | null;

// Reads the session on the client, so public pages stay static and cacheable. The link is navigation only:
// /admin itself re-checks the user on the server. Plain <a> links, as on every public page: next/link would add
// about 6 kB of script to every page's first load (see e2e/first-load-js.spec.ts). The server renders the anonymous
// state (most readers): the link is in place from the first paint, so nothing moves when the session arrives.
export function AccountLink() {
  const t = useTranslations("common.account");
  const locale = useSiteLocale();
  const [account, setAccount] = useState<Account>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => live && setAccount(s?.user?.id ? { name: s.user.name ?? s.user.email, role: s.user.role } : null))
      .catch(() => live && setAccount(null));
    return () => {
      live = false;
    };
  }, []);
  if (!account) {
    return (
      <a className="account-link" href={localizePath("/signin", locale)}>
        {t("signIn")}
      </a>
    );
  }
  return (
    <span className="account-link">
      <a href={localizePath("/admin", locale)}>{t("admin")}</a>
      <span className="muted"> · {account.name} · </span>
      <a href={localizePath("/signout", locale)}>{t("signOut")}</a>
    </span>
  );
}
