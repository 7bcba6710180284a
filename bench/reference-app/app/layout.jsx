// The reference page of `npm run bench:lighthouse`: the smallest App Router page this Next.js version builds, scored
// in the same run as ours, so a slow moment on the machine shows in both.
export const metadata = { title: "Reference", description: "A minimal Next.js page, the Lighthouse benchmark's reference." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
