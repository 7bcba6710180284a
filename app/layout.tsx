import type { Metadata } from "next";
import Link from "next/link";
import { AccountLink } from "@/components/site/account-link";
import { SiteNav } from "@/components/site/nav";
import styles from "@/components/site/site.module.css";
import { appOrigin } from "@/lib/auth/callback-url";
import { buildPageMetadata, SITE_DESCRIPTION, SITE_NAME } from "@/lib/previews/metadata";
import "./globals.css";

// Every page previews as the site (Open Graph, Twitter card) and advertises the site's Atom feed unless it says more
// (lib/previews/metadata.ts). Relative preview URLs resolve against NEXTAUTH_URL, read when the page is rendered.
export async function generateMetadata(): Promise<Metadata> {
  const site = buildPageMetadata({ title: SITE_NAME, path: "/" });
  return {
    metadataBase: new URL(appOrigin()),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    alternates: { types: site.alternates?.types },
    openGraph: site.openGraph,
    twitter: site.twitter,
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className={styles.header}>
          <Link href="/" className={styles.brand}>
            Pledge Tracker
          </Link>
          <SiteNav />
          <div className={styles.account}>
            <AccountLink />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className={styles.footer}>
          Figures count published updates only. <Link href="/about">How the numbers are computed</Link>.
        </footer>
      </body>
    </html>
  );
}
