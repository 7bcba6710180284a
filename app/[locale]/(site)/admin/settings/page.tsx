import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePageUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("settings:manage", "/admin/settings");
  return (
    <>
      <h1>Settings</h1>
      <SettingsForm settings={await getSettings()} />
    </>
  );
}
