import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { EDITOR_CLIENT_NAMESPACES, pickMessages, type Messages } from "@/lib/i18n/messages";
import { TIME_ZONE } from "@/lib/i18n/request";

/** The signed-in screens' client forms read these namespaces (their labels, the coded values' words, messages). */
export async function EditorMessages({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const messages = (await getMessages({ locale })) as Messages;
  return (
    <NextIntlClientProvider locale={locale} timeZone={TIME_ZONE} messages={pickMessages(messages, EDITOR_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}
