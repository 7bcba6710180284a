import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UpdateForm } from "@/components/admin/update-form";
import { requirePageUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";
import { getUpdateFormOptions } from "@/lib/updates/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ pledge?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.newUpdate" });
  return { title: t("title") };
}

export default async function NewUpdatePage({ params, searchParams }: Props) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.newUpdate" });
  await requirePageUser("update:create", "/admin/updates/new");
  const [options, { pledge }] = await Promise.all([getUpdateFormOptions(), searchParams]);
  const preselected = options.pledges.find((p) => String(p.id) === pledge)?.id;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <UpdateForm options={options} mode="create" values={{ pledgeId: preselected }} />
    </>
  );
}
