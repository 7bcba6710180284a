"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./site.module.css";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/countries", label: "Countries" },
  { href: "/updates", label: "Updates" },
  { href: "/changes", label: "Changes" },
  { href: "/reports", label: "Reports" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" || pathname.startsWith("/pledges") : pathname === href || pathname.startsWith(`${href}/`);
}

/** The public sections; the sign-in or account link sits beside it, in the header's account slot. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
