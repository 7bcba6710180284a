import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UpdateTable } from "@/components/admin/update-table";
import { requirePageUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";
import { listRecentlyPublished, listSubmittedUpdates } from "@/lib/updates/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.review" });
  return { title: t("title") };
}

export default async function ReviewPage({ params }: Props) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.review" });
  await requirePageUser("update:review", "/admin/review");
  const [waiting, published] = await Promise.all([listSubmittedUpdates(), listRecentlyPublished()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{t("waiting")}</h2>
      <UpdateTable rows={waiting} showAuthor empty={t("waitingEmpty")} />
      <h2>{t("published")}</h2>
      <UpdateTable rows={published} showAuthor empty={t("publishedEmpty")} />
    </>
  );
}
