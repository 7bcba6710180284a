import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditorMessages } from "@/components/auth/editor-messages";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isOidcEnabled } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  const { callbackUrl, error } = await searchParams;
  // The guard accepts any path of this site, /fr/admin as well; without one, the admin screens in this language.
  const target = safeCallbackUrl(callbackUrl, { fallback: localizePath("/admin", locale) });
  // The target is a path that already carries its language (/fr/admin), so it is followed as it is.
  if (await getCurrentUser()) redirect(target);
  return (
    <EditorMessages locale={locale}>
      <section className="narrow">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
        <SignInForm callbackUrl={target} oidcName={isOidcEnabled() ? getEnv().OIDC_NAME : null} initialError={!!error} />
      </section>
    </EditorMessages>
  );
}
