import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TranslationForm, type TranslationFormText } from "@/components/translations/translation-form";
import { requirePageUser } from "@/lib/auth/session";
import { readPageLocale } from "@/lib/i18n/params";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, LOCALE_NAMES, LOCALE_TAGS, localizePath, type Locale } from "@/lib/i18n/locales";
import { listPledgeTranslations, type TranslationItem } from "@/lib/pledges/translation-queries";
import { TRANSLATION_LOCALES } from "@/lib/pledges/translations";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "translations.page" });
  return { title: t("title") };
}

export default async function PledgeTranslationsPage({ params, searchParams }: { params: Params; searchParams: Promise<{ lang?: string }> }) {
  const locale = await readPageLocale(params);
  const { id } = await params;
  await requirePageUser("pledge:manage", localizePath(`/admin/pledges/${id}/translations`, locale));
  const asked = (await searchParams).lang;
  const target: Locale = isLocale(asked) && asked !== "en" ? asked : locale === "en" ? "fr" : locale;
  const list = Number.isInteger(Number(id)) ? await listPledgeTranslations(Number(id), target) : null;
  if (!list) notFound();
  const t = await getTranslations({ locale, namespace: "translations.page" });
  const f = await getTranslations({ locale, namespace: "translations.form" });
  const formText = (item: TranslationItem): TranslationFormText => ({
    label: f("label", { entity: item.entity, key: item.key, owner: item.owner ?? "" }),
    english: f("english"),
    state: f("state", { kind: item.kind, outdated: item.outdated ? "yes" : "no" }),
    translation: f("translation"),
    official: f("official"),
    saved: f("saved"),
    save: f("save"),
  });
  const missing = list.items.filter((i) => i.kind === "missing").length;
  const outdated = list.items.filter((i) => i.outdated).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={`/admin/pledges/${list.pledge.id}`}>{list.pledge.title}</Link>
      </p>
      <p className="muted">{t("intro")}</p>
      <nav aria-label={t("languages")}>
        <ul className="inline-list">
          {TRANSLATION_LOCALES.map((l) => (
            <li key={l}>
              <Link href={`/admin/pledges/${list.pledge.id}/translations?lang=${l}`} aria-current={l === target ? "page" : undefined} lang={LOCALE_TAGS[l]}>
                {LOCALE_NAMES[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p data-testid="translation-counts">{t("counts", { missing, outdated })}</p>
      {list.items.map((item) => (
        <TranslationForm key={`${item.entity}-${item.id}-${item.key}-${target}`} pledgeId={list.pledge.id} locale={target} item={item} text={formText(item)} />
      ))}
    </>
  );
}
