"use client";

import { usePathname } from "next/navigation";
import { stripLocale } from "@/lib/i18n/locales";
import styles from "./site.module.css";

/** A public section: its unprefixed path (which marks it current), its link in the page's language, and its name. */
export type NavSection = { path: string; href: string; label: string };

function isCurrent(pathname: string, path: string): boolean {
  return path === "/" ? pathname === "/" || pathname.startsWith("/pledges") : pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * The public sections; the sign-in or account link sits beside it, in the header's account slot. A client component
 * only to read the path; it gets its words from the server (components/site/header.tsx).
 */
export function SiteNav({ label, sections }: { label: string; sections: NavSection[] }) {
  const pathname = stripLocale(usePathname() ?? "/");
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul>
        {sections.map((section) => (
          <li key={section.path}>
            <a href={section.href} aria-current={isCurrent(pathname, section.path) ? "page" : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
