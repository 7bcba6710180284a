import { getTranslations } from "next-intl/server";
import { AccountLink } from "@/components/site/account-link";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { SiteNav } from "@/components/site/nav";
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
      <header className={styles.header}>
        <a href={localizePath("/", locale)} className={styles.brand}>
          {t("siteName")}
        </a>
        <SiteNav />
        <div className={styles.account}>
          <AccountLink />
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main">{children}</main>
      <footer className={styles.footer}>
        {t.rich("footer", { link: (chunks) => <a href={localizePath("/about", locale)}>{chunks}</a> })}
      </footer>
    </>
  );
}
