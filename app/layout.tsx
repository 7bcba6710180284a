import "./globals.css";

// The document (<html lang dir>) is rendered per language by app/[locale]/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
