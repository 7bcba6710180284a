import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PackageFiles } from "@/components/open-data/package-files";
import { formatNumber } from "@/components/ui/format";
import type { DataPackage } from "@/lib/open-data/package";
import { getDataRelease } from "@/lib/open-data/releases";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; number: string }> };

async function readRelease(params: Props["params"]) {
  const { number } = await params;
  return /^\d{1,9}$/.test(number) ? getDataRelease(Number(number)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await readRelease(params);
  if (!release) return { title: "Release not found" };
  return buildPageMetadata({
    locale: await readPageLocale(params),
    title: `Data release ${release.number}`,
    description: `The public data of the Pledge Tracker frozen as of ${release.asOf}: a data package and ZIP that never change.`,
    path: `/data/releases/${release.number}`,
  });
}

export default async function DataReleasePage({ params }: Props) {
  const release = await readRelease(params);
  if (!release) notFound();
  const pkg = JSON.parse(release.packageJson) as DataPackage;
  const base = `/data/releases/${release.number}`;
  return (
    <>
      <h1>Data release {release.number}</h1>
      <p>
        Version <code>{release.version}</code>: the public data as of <time dateTime={release.asOf}>{release.asOf}</time>. This release never changes:
        corrections made after that moment show in later releases and on <a href="/data">today&rsquo;s data</a>.
      </p>
      <section className="card" aria-labelledby="release-download">
        <h2 id="release-download">Download</h2>
        <p>
          <a href={`${base}/${release.zipName}`} download>{release.zipName}</a> ({formatNumber(release.zipBytes)} bytes)
          <br />
          SHA-256: <code data-testid="release-sha256">{release.sha256}</code>
        </p>
        <p>
          <a href={`${base}/datapackage.json`}>datapackage.json</a> (the same file as in the ZIP; the CSVs it names are inside the ZIP).
        </p>
      </section>
      <h2>The files</h2>
      <PackageFiles pkg={pkg} />
    </>
  );
}
