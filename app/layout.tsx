import type { Metadata, Viewport } from "next";
import { AccountLink } from "@/components/site/account-link";
import { SiteNav } from "@/components/site/nav";
import styles from "@/components/site/site.module.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pledge Tracker", template: "%s · Pledge Tracker" },
  description: "How far each public international commitment has come, with the evidence.",
};

export const viewport: Viewport = { themeColor: "#0b5cad" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className={styles.header}>
          <a href="/" className={styles.brand}>
            Pledge Tracker
          </a>
          <SiteNav />
          <div className={styles.account}>
            <AccountLink />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className={styles.footer}>
          Figures count published updates only. <a href="/about">How the numbers are computed</a>.
        </footer>
      </body>
    </html>
  );
}
