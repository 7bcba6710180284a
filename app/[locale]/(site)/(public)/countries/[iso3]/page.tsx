import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { notFound } from "next/navigation";
import { WorkstreamStatus } from "@/components/countries/ledger-table";
import styles from "@/components/dashboard/dashboard.module.css";
import { EmptyState } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { UpdateList } from "@/components/updates/update-list";
import { getCountryProfile } from "@/lib/countries/queries";
import { readPage } from "@/lib/http/params";
import { readPageAsOf } from "@/lib/as-of/page";
import { withAsOf } from "@/lib/as-of/day";
import { listPublicUpdatesAsOf } from "@/lib/as-of/updates";
import { listPublicUpdates } from "@/lib/updates/public";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; iso3: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const [country, t] = await Promise.all([getCountryProfile((await params).iso3.toUpperCase(), null, locale), getTranslations({ locale, namespace: "public.country" })]);
  if (!country) return { title: t("notFound") };
  return buildPageMetadata({ locale, title: country.name, description: t("metaDescription", { name: country.name }), path: `/countries/${country.iso3}` });
}

export default async function CountryPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.country" });
  const format = getFormats(locale);
  const iso3 = (await params).iso3.toUpperCase();
  const query = await searchParams;
  const page = readPage(query.page);
  const day = readPageAsOf(query)?.day ?? null;
  const country = await getCountryProfile(iso3, day, await readPageLocale(params));
  if (!country) notFound();
  const row = country.row;
  return (
    <>
      <p>
        <a href={localizePath(withAsOf("/countries", day), locale)}>{t("allCountries")}</a>
      </p>
      <h1>{country.name}</h1>
      <p className="muted">
        {country.subregion}, {country.region} · {t(country.developing ? "developing" : "notDeveloping")}
      </p>
      <div className={styles.grid2}>
        <section className={styles.panel} aria-labelledby="pledges-heading">
          <h2 id="pledges-heading">{t("pledgesHeading", { name: country.name })}</h2>
          {row && row.pledges.length ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("pledge")}</th>
                  <th scope="col" className="num">{t("updates")}</th>
                  <th scope="col" className="num">{t("quantity")}</th>
                </tr>
              </thead>
              <tbody>
                {row.pledges.map((p) => (
                  <tr key={p.slug}>
                    <th scope="row"><a href={localizePath(withAsOf(`/pledges/${p.slug}`, day), locale)}>{p.title}</a></th>
                    <td className="num">{format.number(p.updates)}</td>
                    <td className="num">{format.number(p.quantity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState>{t("noPledges", { name: country.name })}</EmptyState>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="workstreams-heading">
          <h2 id="workstreams-heading">{t("workstreamsHeading")}</h2>
          {country.workstreams.length ? (
            <table>
              <tbody>
                {country.workstreams.map((w) => (
                  <tr key={`${w.pledgeSlug}/${w.slug}`}>
                    <th scope="row">{w.name}</th>
                    <td><WorkstreamStatus cell={row?.workstreams[`${w.pledgeSlug}/${w.slug}`]} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState>{t("noWorkstreams")}</EmptyState>
          )}
        </section>
      </div>
      <section className={styles.section} aria-labelledby="updates-heading">
        <h2 id="updates-heading">{t("updatesHeading", { name: country.name })}</h2>
        <CountryUpdates iso3={iso3} name={country.name} page={page} day={day} locale={locale} />
      </section>
    </>
  );
}

async function CountryUpdates({ iso3, name, page, day, locale }: { iso3: string; name: string; page: number; day: string | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "public.country" });
  const result = day ? await listPublicUpdatesAsOf({ country: iso3, page }, day) : await listPublicUpdates({ country: iso3, page });
  return (
    <>
      <UpdateList items={result.items} showPledge empty={t("noUpdates", { name })} />
      <Pager page={result.page} pageCount={result.pageCount} href={(p) => localizePath(withAsOf(`/countries/${iso3}?page=${p}`, day), locale)} />
    </>
  );
}
