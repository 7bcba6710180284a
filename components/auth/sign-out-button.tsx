"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/" }); // full page load, so every component forgets the session
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
