// A path outside every language's pages (the proxy sends every page path to app/[locale]): a bare 404 document,
// since the root layout renders none.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          {/* eslint-disable-next-line i18next/no-literal-string -- no locale outside app/[locale] */}
          <h1>Page not found</h1>
          <p>
            {/* eslint-disable-next-line i18next/no-literal-string -- no locale outside app/[locale] */}
            <a href="/">Pledge Tracker</a>
          </p>
        </main>
      </body>
    </html>
  );
}
