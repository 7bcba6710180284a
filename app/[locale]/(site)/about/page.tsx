import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/format";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";
import { buildPageMetadata } from "@/lib/previews/metadata";
import { AT_RISK_RATIO, ON_TRACK_RATIO } from "@/lib/pace/pace";
import { ReadingList } from "@/components/pledge/reading";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "pledges.about" });
  return buildPageMetadata({ locale, title: t("title"), description: t("description"), path: "/about" });
}

const strong = (c: React.ReactNode) => <strong>{c}</strong>;

// The method is fixed, but "our reading" is pledge content, read from the database in the page's language.
export const dynamic = "force-dynamic";

export default async function AboutPage({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "pledges.about" });
  const { percent } = getFormats(locale);
  const pct = (ratio: number) => percent(Math.round(ratio * 100));
  const ratios = { onTrack: pct(ON_TRACK_RATIO), atRisk: pct(AT_RISK_RATIO) };
  return (
    <article>
      <h1>{t("title")}</h1>
      <h2>{t("countsHeading")}</h2>
      <p>{t("counts")}</p>
      <h2>{t("valueHeading")}</h2>
      <ul>
        <li>{t("valueSum")}</li>
        <li>{t("valueCountries")}</li>
        <li>{t("valueMilestones")}</li>
        <li>{t("valuePercent", { hundred: percent(100) })}</li>
      </ul>
      <h2>{t("paceHeading")}</h2>
      <p>{t.rich("paceExpected", { strong })}</p>
      <p>{t.rich("paceProjected", { strong })}</p>
      <p>{t.rich("paceRecurring", { strong })}</p>
      <h2>{t("statusHeading")}</h2>
      <ul>
        <li>{t("statusOnPace", ratios)}</li>
        <li>{t("statusBehind", ratios)}</li>
        <li>{t("statusFarBehind", ratios)}</li>
        <li>{t("statusNoData")}</li>
        <li>{t("statusReached")}</li>
      </ul>
      <h2 id="record-states">{t("recordHeading")}</h2>
      <p>{t("recordIntro")}</p>
      <ul>
        <li>{t.rich("recordNoReport", { strong })}</li>
        <li>{t.rich("recordShort", { strong })}</li>
        <li>{t.rich("recordMissed", { strong })}</li>
        <li>{t.rich("recordMet", { strong })}</li>
      </ul>
      <h2 id="final-assessment">{t("assessmentHeading")}</h2>
      <p>{t("assessment")}</p>
      <h2 id="our-reading">{t("readingHeading")}</h2>
      <p>{t("readingIntro")}</p>
      <ul>
        <ReadingList locale={locale} />
        <li>{t.rich("readingCountries", { strong })}</li>
      </ul>
      <p>{t("readingStatus")}</p>
      <h2>{t("asOfHeading")}</h2>
      <p>
        {t.rich("asOf", {
          code: (c) => <code>{c}</code>,
          link: (c) => <a href={localizePath("/?as_of=2021-03-12", locale)}>{c}</a>,
        })}
      </p>
      <p>{t("asOfDefinitions")}</p>
      <p>
        <a href={localizePath("/", locale)}>{t("back")}</a>
      </p>
    </article>
  );
}
