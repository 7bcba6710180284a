import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getFormats } from "@/lib/i18n/format";
import { getLabels } from "@/lib/i18n/labels";
import { Link } from "@/lib/i18n/navigation";
import { readPageLocale } from "@/lib/i18n/params";
import { listPledgesForAdmin } from "@/lib/pledges/admin-queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.pledges" });
  return { title: t("title") };
}

export default async function AdminPledgesPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.pledges" });
  const labels = getLabels(locale);
  const { number } = getFormats(locale);
  await requirePageUser("pledge:status", "/admin/pledges");
  const pledges = await listPledgesForAdmin();
  return (
    <>
      <h1>{t("title")}</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("pledge")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("waiting")}</th>
          </tr>
        </thead>
        <tbody>
          {pledges.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/admin/pledges/${p.id}`}>{p.title}</Link>
              </td>
              <td>
                {number(p.target)} {p.unit}
              </td>
              <td>
                <span className="badge">{labels(`pledgeStatus.${p.status}`)}</span>
              </td>
              <td>{number(p.waiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
