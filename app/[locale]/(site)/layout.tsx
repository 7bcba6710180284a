import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site/header";
import styles from "@/components/site/site.module.css";
import { localizePath } from "@/lib/i18n/locales";
import { readPageLocale } from "@/lib/i18n/params";

// The site's chrome: every page but the embeds (app/[locale]/embed), which other sites frame.
export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await readPageLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader locale={locale} />
      <main id="main">{children}</main>
      <footer className={styles.footer}>
        {t.rich("footer", { link: (chunks) => <a href={localizePath("/about", locale)}>{chunks}</a> })}
      </footer>
    </>
  );
}
