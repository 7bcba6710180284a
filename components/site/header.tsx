import { getTranslations } from "next-intl/server";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";
import { SiteNav } from "./nav";
import styles from "./site.module.css";

const SECTIONS = [
  { path: "/", key: "overview" },
  { path: "/countries", key: "countries" },
  { path: "/updates", key: "updates" },
  { path: "/changes", key: "changes" },
  { path: "/reports", key: "reports" },
] as const;

/**
 * The site's header. Its client parts (nav, account link, language switcher: they read the path or the session) get
 * their words as props, worded here on the server: public pages ship no message catalogue and no next-intl client
 * code, which would add about 12 kB to what Next.js sends signed-in visitors (scripts/first-load-js.ts).
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const link = (path: string, label: string) => ({ href: localizePath(path, locale), label });
  return (
    <header className={styles.header}>
      <a href={localizePath("/", locale)} className={styles.brand}>
        {t("siteName")}
      </a>
      <SiteNav label={t("nav.label")} sections={SECTIONS.map(({ path, key }) => ({ path, ...link(path, t(`nav.${key}`)) }))} />
      <div className={styles.account}>
        <AccountLink links={{ signIn: link("/signin", t("account.signIn")), admin: link("/admin", t("account.admin")), signOut: link("/signout", t("account.signOut")) }} />
      </div>
      <LanguageSwitcher label={t("language")} current={locale} />
    </header>
  );
}
