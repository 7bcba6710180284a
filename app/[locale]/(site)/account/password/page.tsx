import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { EditorMessages } from "@/components/auth/editor-messages";
import { getCurrentUser } from "@/lib/auth/session";
import { localizePath } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "auth.password" });
  return { title: t("title") };
}

export default async function ChangePasswordPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.password" });
  const user = await getCurrentUser();
  if (!user) return redirect({ href: `/signin?callbackUrl=${encodeURIComponent(localizePath("/account/password", locale))}`, locale });
  return (
    <EditorMessages locale={locale}>
      <section className="narrow">
        <h1>{t("title")}</h1>
        {user.mustChangePassword && <p>{t("temporary")}</p>}
        <ChangePasswordForm />
      </section>
    </EditorMessages>
  );
}
