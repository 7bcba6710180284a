import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PackageFiles } from "@/components/open-data/package-files";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { absoluteUrl, getLiveDataset, getLiveZipSha256 } from "@/lib/open-data/live";
import { buildDatasetJsonLd, formatJsonLd } from "@/lib/open-data/json-ld";
import { listDataReleases } from "@/lib/open-data/releases";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.data" });
  return buildPageMetadata({ locale, title: t("title"), description: t("metaDescription"), path: "/data" });
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function DataPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.data" });
  const format = getFormats(locale);
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
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          license: license.title,
          name: license.name,
          licenseLink: (chunks) => <a href={license.path} rel="license">{chunks}</a>,
          packageLink: (chunks) => <a href="https://datapackage.org/">{chunks}</a>,
          code,
        })}
      </p>
      <section aria-labelledby="download-heading" className="card">
        <h2 id="download-heading">{t("downloadHeading")}</h2>
        <p>
          {t.rich("zip", {
            file: live.zipName,
            version: pkg.version,
            zip: (chunks) => <a href={`/data/${live.zipName}`} download data-testid="data-zip">{chunks}</a>,
            code,
          })}
        </p>
        <p>
          {t("sha256")} <code data-testid="data-zip-sha256">{sha256}</code>
          <br />
          <span className="muted">{t.rich("checksum", { command: `sha256sum ${live.zipName}`, code })}</span>
        </p>
        <p>{t.rich("packageAlone", { link: (chunks) => <a href="/data/datapackage.json">{chunks}</a>, code })}</p>
      </section>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">{t("filesHeading")}</h2>
        <PackageFiles pkg={pkg} href={(path) => `/data/${path}`} />
        <p className="muted">
          {t.rich("reportsAndApi", { reports: (chunks) => <a href={localizePath("/reports", locale)}>{chunks}</a>, api: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}
        </p>
      </section>
      <section aria-labelledby="releases-heading">
        <h2 id="releases-heading">{t("releasesHeading")}</h2>
        {releases.length === 0 ? (
          <p>{t("noReleases")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("releasesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("release")}</th>
                <th scope="col">{t("asOf")}</th>
                <th scope="col" className="num">{t("zipSize")}</th>
                <th scope="col">{t("sha256Column")}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={r.number}>
                  <th scope="row"><a href={localizePath(`/data/releases/${r.number}`, locale)}>{t("releaseNumber", { number: r.number })}</a></th>
                  <td><time dateTime={r.asOf}>{t("utc", { time: r.asOf.replace("T", " ").slice(0, 16) })}</time></td>
                  <td className="num">{t("bytes", { size: format.number(r.zipBytes) })}</td>
                  <td><code>{r.sha256}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t("feedsHeading")}</h2>
        <p>{t.rich("feeds", { path: "/pledges/<pledge>/feed.atom", feed: (chunks) => <a href="/feed.atom">{chunks}</a>, code })}</p>
      </section>
    </>
  );
}
