"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { localizePath, stripLocale } from "@/lib/i18n/locales";
import { useSiteLocale } from "@/components/ui/locale";
import styles from "./site.module.css";

const LINKS = [
  { href: "/", key: "overview" },
  { href: "/countries", key: "countries" },
  { href: "/updates", key: "updates" },
  { href: "/changes", key: "changes" },
  { href: "/reports", key: "reports" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" || pathname.startsWith("/pledges") : pathname === href || pathname.startsWith(`${href}/`);
}

/** The public sections; the sign-in or account link sits beside it, in the header's account slot. */
export function SiteNav() {
  const t = useTranslations("common.nav");
  const locale = useSiteLocale();
  const pathname = stripLocale(usePathname() ?? "/");
  return (
    <nav aria-label={t("label")} className={styles.nav}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <a href={localizePath(link.href, locale)} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {t(link.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
