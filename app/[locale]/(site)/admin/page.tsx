import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UpdateTable } from "@/components/admin/update-table";
import { FreshnessTable } from "@/components/freshness/freshness";
import { canReviewUpdates } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listPledgeFreshness, sortOverdueFirst } from "@/lib/freshness/queries";
import { Link } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";
import { listMyUpdates, listSubmittedUpdates } from "@/lib/updates/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.home" });
  return { title: t("title") };
}

export default async function AdminHome({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.home" });
  const user = await requirePageUser("update:create");
  const reviewer = canReviewUpdates(user);
  // Independent reads, run together.
  const [mine, waiting] = await Promise.all([listMyUpdates(user.id), reviewer ? listSubmittedUpdates() : Promise.resolve([])]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("signedInAs", { name: user.name, role: user.role, strong: (c) => <strong>{c}</strong> })} <Link href="/admin/updates/new">{t("logProgress")}</Link>
      </p>
      {reviewer && (
        <p>
          <Link href="/admin/review">{t("waiting", { count: waiting.length })}</Link>
        </p>
      )}
      <h2>{t("toCheck")}</h2>
      <FreshnessTable rows={sortOverdueFirst(await listPledgeFreshness())} />
      <h2>{t("mine")}</h2>
      <UpdateTable rows={mine} empty={t("mineEmpty")} />
    </>
  );
}
