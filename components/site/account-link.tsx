"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

type Account = { name: string; role: string } | null;

// Reads the session on the client, so public pages stay static and cacheable. The link is navigation only:
// /admin itself re-checks the user on the server.
export function AccountLink() {
  const [account, setAccount] = useState<Account | undefined>(undefined);
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
  if (account === undefined) return <span className="account-link" aria-hidden="true" />;
  if (!account) {
    return (
      <Link className="account-link" href="/signin">
        Sign in
      </Link>
    );
  }
  return (
    <span className="account-link">
      <Link href="/admin">Admin</Link>
      <span className="muted"> · {account.name} · </span>
      <Link href="/signout">Sign out</Link>
    </span>
  );
}
