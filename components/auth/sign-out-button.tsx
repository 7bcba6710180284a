"use client";

import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useSiteLocale } from "@/components/ui/locale";
import { localizePath } from "@/lib/i18n/locales";

export function SignOutButton() {
  const t = useTranslations("auth.signOut");
  const locale = useSiteLocale();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: localizePath("/", locale) }); // full page load, so every component forgets the session
      }}
    >
      {pending ? t("pending") : t("title")}
    </button>
  );
}
