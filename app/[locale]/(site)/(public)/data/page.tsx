import type { Metadata } from "next";
import { PackageFiles } from "@/components/open-data/package-files";
import { formatNumber } from "@/components/ui/format";
import { absoluteUrl, getLiveDataset, getLiveZipSha256 } from "@/lib/open-data/live";
import { buildDatasetJsonLd, formatJsonLd } from "@/lib/open-data/json-ld";
import { listDataReleases } from "@/lib/open-data/releases";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return buildPageMetadata({ locale: await readPageLocale(params),
  title: "Open data",
  description: "Every public figure as CSV files described by a Frictionless data package, in one ZIP with its checksum, and numbered releases that never change.",
  path: "/data",
});
}

export default async function DataPage() {
  const live = await getLiveDataset();
  const [sha256, releases] = await Promise.all([getLiveZipSha256(live.day), listDataReleases()]);
  const { pkg } = live;
  const license = pkg.licenses[0];
  const jsonLd = buildDatasetJsonLd({
    pkg,
    url: absoluteUrl("/data"),
    zipUrl: absoluteUrl(`/data/${live.zipName}`),
    packageUrl: absoluteUrl("/data/datapackage.json"),
    csvUrl: (path) => absoluteUrl(`/data/${path}`),
  });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: formatJsonLd(jsonLd) }} />
      <h1>Open data</h1>
      <p>
        Every public figure of this tracker, free to reuse under the{" "}
        <a href={license.path} rel="license">{license.title}</a> licence ({license.name}): credit &ldquo;Pledge Tracker&rdquo; and link to this page.
        The files hold published data only. They are a{" "}
        <a href="https://datapackage.org/">Frictionless Tabular Data Package</a>: <code>datapackage.json</code> names each file, its fields, their
        types and the keys that join them, so tools such as Frictionless, Open Refine or pandas read them without guessing.
      </p>
      <section aria-labelledby="download-heading" className="card">
        <h2 id="download-heading">Download everything</h2>
        <p>
          <a href={`/data/${live.zipName}`} download data-testid="data-zip">{live.zipName}</a>: <code>datapackage.json</code>, a README and every CSV
          below, version <code>{pkg.version}</code> (today&rsquo;s data; it changes with each public change).
        </p>
        <p>
          SHA-256: <code data-testid="data-zip-sha256">{sha256}</code>
          <br />
          <span className="muted">Check it with <code>sha256sum {live.zipName}</code>. For a copy that never changes, cite a numbered release below.</span>
        </p>
        <p>
          <a href="/data/datapackage.json">datapackage.json</a> alone (the files it names sit beside it, under <code>/data/</code>).
        </p>
      </section>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">The files</h2>
        <PackageFiles pkg={pkg} href={(path) => `/data/${path}`} />
        <p className="muted">
          The same reports, with filters, are on <a href="/reports">Reports</a>; the JSON API is described at{" "}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
      </section>
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">Numbered releases</h2>
        {releases.length === 0 ? (
          <p>No release has been frozen yet.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Data releases, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Release</th>
                <th scope="col">As of</th>
                <th scope="col" className="num">ZIP size</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={r.number}>
                  <th scope="row"><a href={`/data/releases/${r.number}`}>Release {r.number}</a></th>
                  <td><time dateTime={r.asOf}>{r.asOf.replace("T", " ").slice(0, 16)} UTC</time></td>
                  <td className="num">{formatNumber(r.zipBytes)} bytes</td>
                  <td><code>{r.sha256}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds and embeds</h2>
        <p>
          <a href="/feed.atom">/feed.atom</a> is an Atom feed of every published update; each pledge has its own at{" "}
          <code>/pledges/&lt;pledge&gt;/feed.atom</code>. Each pledge page has an &ldquo;Embed this&rdquo; snippet for your own site.
        </p>
      </section>
    </>
  );
}
