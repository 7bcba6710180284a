import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditorMessages } from "@/components/auth/editor-messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "auth.signOut" });
  return { title: t("title") };
}

export default async function SignOutPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.signOut" });
  const user = await getCurrentUser();
  return (
    <EditorMessages locale={locale}>
      <section className="narrow">
        <h1>{t("title")}</h1>
        {user ? (
          <>
            <p>{t.rich("signedInAs", { email: user.email, strong: (c) => <strong>{c}</strong> })}</p>
            <SignOutButton />
          </>
        ) : (
          <p>{t("signedOut")}</p>
        )}
      </section>
    </EditorMessages>
  );
}
