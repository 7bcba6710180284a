import type { Metadata } from "next";
import { CountryFlagForm } from "@/components/admin/country-flag-form";
import { requirePageUser } from "@/lib/auth/session";
import { listCountriesForAdmin } from "@/lib/countries/admin-queries";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesAdminPage({ searchParams }: { searchParams: Promise<{ q?: string; developing?: string }> }) {
  await requirePageUser("country:manage", "/admin/countries");
  const { q, developing } = await searchParams;
  const flag = developing === "yes" || developing === "no" ? developing : undefined;
  const countries = await listCountriesForAdmin({ q, developing: flag });
  return (
    <>
      <h1>Countries</h1>
      <p className="hint">
        The developing flag decides which countries count towards the developing-country targets: a change applies to every count at once
        (dashboard, /countries, CSV, API), and a reached country that is not flagged is listed publicly as &quot;reached, not counted toward the
        target&quot;. The default follows UN M49&apos;s former
        &quot;developed regions&quot;; change it here where your government&apos;s list differs. Every change is in the audit log.
      </p>
      <form className="filters" method="get">
        <label>
          Search
          <input name="q" type="search" defaultValue={q} placeholder="Name or ISO code" />
        </label>
        <label>
          Developing
          <select name="developing" defaultValue={flag ?? ""}>
            <option value="">All</option>
            <option value="yes">Developing</option>
            <option value="no">Not developing</option>
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {countries.length === 0 ? (
        <p className="muted">No country matches.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Region</th>
              <th scope="col">Developing</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.id} data-testid={`country-${c.iso3}`}>
                <td>
                  {c.name} <span className="muted">{c.iso3}</span>
                </td>
                <td>{c.subregion || c.region}</td>
                <td>{c.developing ? "Yes" : "No"}</td>
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
