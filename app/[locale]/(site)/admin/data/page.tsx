import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FreezeReleaseForm } from "@/components/open-data/freeze-release-form";
import { requirePageUser } from "@/lib/auth/session";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { listDataReleases } from "@/lib/open-data/releases";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.data" });
  return { title: t("title") };
}

export default async function AdminDataPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.data" });
  await requirePageUser("data:release", "/admin/data");
  const releases = await listDataReleases();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { code: (c) => <code>{c}</code> })}</p>
      <FreezeReleaseForm next={(releases[0]?.number ?? 0) + 1} />
      <h2>{t("releases")}</h2>
      {releases.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul>
          {releases.map((r) => (
            <li key={r.number}>
              {t.rich("release", {
                number: r.number,
                version: r.version,
                asOf: r.asOf,
                link: (c) => <a href={localizePath(`/data/releases/${r.number}`, locale)}>{c}</a>,
              })}{" "}
              <code>{r.sha256}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
