import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { appOrigin } from "@/lib/auth/callback-url";
import { LOCALE_TAGS, textDirection } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildAlternateTypes } from "@/lib/previews/metadata";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Every page previews as the site (Open Graph, Twitter card) and advertises the site's Atom feed unless it says more
// (lib/previews/metadata.ts). Relative preview URLs resolve against NEXTAUTH_URL, read when the page is rendered.
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  const name = t("siteName");
  return {
    metadataBase: new URL(appOrigin()),
    title: { default: name, template: t("titleTemplate", { title: "%s", site: name }) },
    description: t("siteDescription"),
    alternates: { types: buildAlternateTypes({}) },
    openGraph: { type: "website", siteName: name, title: name, description: t("siteDescription"), url: "/", images: [{ url: "/og.png", width: 1200, height: 630, type: "image/png" }] },
    twitter: { card: "summary_large_image", title: name, description: t("siteDescription"), images: ["/og.png"] },
  };
}

export const viewport: Viewport = { themeColor: "#0b5cad" };

// The document, in the page's language and direction. No messages reach the browser here: public client components
// get their words as props (components/site/header.tsx), and the signed-in screens' forms get theirs from
// EditorMessages (components/auth/editor-messages.tsx).
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await readPageLocale(params);
  return (
    <html lang={LOCALE_TAGS[locale]} dir={textDirection(locale)}>
      <body>{children}</body>
    </html>
  );
}
