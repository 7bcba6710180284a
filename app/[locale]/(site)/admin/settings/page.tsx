import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePageUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";
import { getSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.settings" });
  return { title: t("title") };
}

export default async function SettingsPage({ params }: Props) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.settings" });
  await requirePageUser("settings:manage", "/admin/settings");
  return (
    <>
      <h1>{t("title")}</h1>
      <SettingsForm settings={await getSettings()} />
    </>
  );
}
