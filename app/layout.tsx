import type { Metadata } from "next";
import Link from "next/link";
import { AccountLink } from "@/components/site/account-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pledge Tracker", template: "%s · Pledge Tracker" },
  description: "How far each public international commitment has come, with the evidence.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Pledge Tracker
          </Link>
          <nav aria-label="Main">
            <Link href="/reports">Reports</Link>
          </nav>
          <AccountLink />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
