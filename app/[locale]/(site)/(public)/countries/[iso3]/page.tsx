import type { Metadata } from "next";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { notFound } from "next/navigation";
import { WorkstreamStatus } from "@/components/countries/ledger-table";
import styles from "@/components/dashboard/dashboard.module.css";
import { EmptyState } from "@/components/ui/badge";
import { formatNumber } from "@/components/ui/format";
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
  const country = await getCountryProfile((await params).iso3.toUpperCase());
  return country ? buildPageMetadata({ locale: await readPageLocale(params), title: country.name, description: `What the pledges have delivered in ${country.name}.`, path: `/countries/${country.iso3}` }) : { title: "Country not found" };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const iso3 = (await params).iso3.toUpperCase();
  const query = await searchParams;
  const page = readPage(query.page);
  const day = readPageAsOf(query)?.day ?? null;
  const country = await getCountryProfile(iso3, day);
  if (!country) notFound();
  const row = country.row;
  return (
    <>
      <p>
        <a href={withAsOf("/countries", day)}>← All countries</a>
      </p>
      <h1>{country.name}</h1>
      <p className="muted">
        {country.subregion}, {country.region} · {country.developing ? "counted as a developing country" : "not flagged as a developing country: reached, not counted toward the developing-country target"}
      </p>
      <div className={styles.grid2}>
        <section className={styles.panel} aria-labelledby="pledges-heading">
          <h2 id="pledges-heading">Pledges that reached {country.name}</h2>
          {row && row.pledges.length ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Pledge</th>
                  <th scope="col" className="num">Updates</th>
                  <th scope="col" className="num">Quantity</th>
                </tr>
              </thead>
              <tbody>
                {row.pledges.map((p) => (
                  <tr key={p.slug}>
                    <th scope="row"><a href={withAsOf(`/pledges/${p.slug}`, day)}>{p.title}</a></th>
                    <td className="num">{formatNumber(p.updates)}</td>
                    <td className="num">{formatNumber(p.quantity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState>No published update names {country.name} yet.</EmptyState>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="workstreams-heading">
          <h2 id="workstreams-heading">Status per workstream</h2>
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
            <EmptyState>No pledge tracks workstreams per country.</EmptyState>
          )}
        </section>
      </div>
      <section className={styles.section} aria-labelledby="updates-heading">
        <h2 id="updates-heading">Published updates naming {country.name}</h2>
          <CountryUpdates iso3={iso3} name={country.name} page={page} day={day} />
      </section>
    </>
  );
}

async function CountryUpdates({ iso3, name, page, day }: { iso3: string; name: string; page: number; day: string | null }) {
  const result = day ? await listPublicUpdatesAsOf({ country: iso3, page }, day) : await listPublicUpdates({ country: iso3, page });
  return (
    <>
      <UpdateList items={result.items} showPledge empty={`No update naming ${name} has been published yet.`} />
      <Pager page={result.page} pageCount={result.pageCount} href={(p) => withAsOf(`/countries/${iso3}?page=${p}`, day)} />
    </>
  );
}
