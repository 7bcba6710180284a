"use client";

import { useEffect, useState } from "react";

type Account = { name: string; role: string } | null;
type Link = { href: string; label: string };

/** The account links in the page's language, made on the server (components/site/header.tsx). */
export type AccountLinks = { signIn: Link; admin: Link; signOut: Link };

// Reads the session on the client, so public pages stay static and cacheable. The link is navigation only:
// /admin itself re-checks the user on the server. Plain <a> links, as on every public page: next/link would add
// about 6 kB of script to every page's first load (see e2e/first-load-js.spec.ts). The server renders the anonymous
// state (most readers): the link is in place from the first paint, so nothing moves when the session arrives.
export function AccountLink({ links }: { links: AccountLinks }) {
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
      <a className="account-link" href={links.signIn.href}>
        {links.signIn.label}
      </a>
    );
  }
  return (
    <span className="account-link">
      <a href={links.admin.href}>{links.admin.label}</a>
      <span className="muted"> · {account.name} · </span>
      <a href={links.signOut.href}>{links.signOut.label}</a>
    </span>
  );
}
