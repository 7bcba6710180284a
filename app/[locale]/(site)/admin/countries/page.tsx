import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryFlagForm } from "@/components/admin/country-flag-form";
import { requirePageUser } from "@/lib/auth/session";
import { listCountriesForAdmin } from "@/lib/countries/admin-queries";
import { readPageLocale } from "@/lib/i18n/params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; developing?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.countries" });
  return { title: t("title") };
}

export default async function CountriesAdminPage({ params, searchParams }: Props) {
  const t = await getTranslations({ locale: await readPageLocale(params), namespace: "admin.countries" });
  await requirePageUser("country:manage", "/admin/countries");
  const { q, developing } = await searchParams;
  const flag = developing === "yes" || developing === "no" ? developing : undefined;
  const countries = await listCountriesForAdmin({ q, developing: flag });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <form className="filters" method="get">
        <label>
          {t("search")}
          <input name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} />
        </label>
        <label>
          {t("developing")}
          <select name="developing" defaultValue={flag ?? ""}>
            <option value="">{t("all")}</option>
            <option value="yes">{t("developing")}</option>
            <option value="no">{t("notDeveloping")}</option>
          </select>
        </label>
        <button type="submit">{t("filter")}</button>
      </form>
      {countries.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col">{t("region")}</th>
              <th scope="col">{t("developing")}</th>
              <th scope="col">{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.id} data-testid={`country-${c.iso3}`}>
                <td>
                  {c.name} <span className="muted">{c.iso3}</span>
                </td>
                <td>{c.subregion || c.region}</td>
                <td>{c.developing ? t("yes") : t("no")}</td>
                <td>
                  <CountryFlagForm country={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
