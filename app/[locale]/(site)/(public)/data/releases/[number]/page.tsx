import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PackageFiles } from "@/components/open-data/package-files";
import { formatAsOfDay } from "@/lib/as-of/links";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import type { DataPackage } from "@/lib/open-data/package";
import { findReleaseAsOf, getDataRelease } from "@/lib/open-data/releases";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; number: string }> };

async function readRelease(params: Props["params"]) {
  const { number } = await params;
  return /^\d{1,9}$/.test(number) ? getDataRelease(Number(number)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const [release, t] = await Promise.all([readRelease(params), getTranslations({ locale, namespace: "public.release" })]);
  if (!release) return { title: t("notFound") };
  return buildPageMetadata({
    locale,
    title: t("title", { number: release.number }),
    description: t("metaDescription", { asOf: release.asOf }),
    path: `/data/releases/${release.number}`,
  });
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function DataReleasePage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "public.release" });
  const release = await readRelease(params);
  if (!release) notFound();
  const pkg = JSON.parse(release.packageJson) as DataPackage;
  const base = `/data/releases/${release.number}`;
  const asOf = findReleaseAsOf(release);
  return (
    <>
      <h1>{t("title", { number: release.number })}</h1>
      <p>
        {t.rich("intro", {
          version: release.version,
          asOf: release.asOf,
          code,
          time: (chunks) => <time dateTime={release.asOf}>{chunks}</time>,
          today: (chunks) => <a href={localizePath("/data", locale)}>{chunks}</a>,
        })}
      </p>
      <p>
        {t.rich("asOfLink", {
          day: formatAsOfDay(asOf.day, locale),
          link: (chunks) => <a href={localizePath(asOf.path, locale)} data-testid="release-as-of">{chunks}</a>,
        })}
      </p>
      <section className="card" aria-labelledby="release-download">
        <h2 id="release-download">{t("download")}</h2>
        <p>
          <a href={`${base}/${release.zipName}`} download>{release.zipName}</a> {t("size", { size: getFormats(locale).number(release.zipBytes) })}
          <br />
          {t("sha256")} <code data-testid="release-sha256">{release.sha256}</code>
        </p>
        <p>{t.rich("package", { link: (chunks) => <a href={`${base}/datapackage.json`}>{chunks}</a> })}</p>
      </section>
      <h2>{t("files")}</h2>
      <PackageFiles pkg={pkg} />
    </>
  );
}
