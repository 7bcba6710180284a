import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { appOrigin } from "@/lib/auth/callback-url";
import { LOCALE_TAGS, textDirection } from "@/lib/i18n/locales";
import { CLIENT_NAMESPACES, pickMessages, type Messages } from "@/lib/i18n/messages";
import { readPageLocale } from "@/lib/i18n/params";
import { TIME_ZONE } from "@/lib/i18n/request";
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

// The document, in the page's language and direction. Only the namespaces client components read reach the browser.
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await readPageLocale(params);
  const messages = (await getMessages()) as Messages;
  return (
    <html lang={LOCALE_TAGS[locale]} dir={textDirection(locale)}>
      <body>
        <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(messages, CLIENT_NAMESPACES)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
