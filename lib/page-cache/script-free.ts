/**
 * Script-free public pages (issue 15). A public page's only client code is the header's nav and account link, and
 * both render on the server as an anonymous reader sees them; everything else (charts, tables, filters, pagers) works
 * without JavaScript. So the page cache keeps such a page without Next.js's client runtime: no framework chunks
 * (about 130 kB gzip), no hydration data (two thirds of the HTML), no hydration work on a slow phone. Visitors with a
 * session get the live page from Next.js instead (lib/page-cache/request.ts), where the account link shows them.
 * Which routes: `scriptFree` in lib/page-cache/routes.ts; e2e/first-load-js.spec.ts fails the build check when such a
 * route gains a client component not listed here.
 */
// The as-of bar reads the URL while rendering on the server and needs no script (a link and a GET form). The header's
// parts and the public error boundary get their words from the server as props, not from next-intl's client provider.
export const SCRIPT_FREE_CLIENT_MODULES = [
  "components/site/nav.tsx",
  "components/site/account-link.tsx",
  "components/site/language-switcher.tsx",
  "app/[locale]/(site)/(public)/error.tsx",
  "components/site/error-words.tsx",
  "components/as-of/as-of-bar.tsx",
];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g;
// React's marks of a Suspense boundary streamed after the shell: its content sits in a hidden <div> until a script
// moves it in, so such a page must keep its scripts.
const STREAMED_BOUNDARY = /<template id="B:|<div hidden id="S:/;

function isNextRuntime(attributes: string, body: string): boolean {
  if (/\bsrc="\/_next\//.test(attributes)) return true;
  if (/\bid="_R_"/.test(attributes)) return true; // Turbopack's chunk bootstrap
  return /^\s*\(?self\.__next_f\b/.test(body); // the hydration (RSC) data
}

/** The page without Next.js's scripts and script preloads; unchanged when a part of it still needs them. */
export function removeClientRuntime(html: string): string {
  if (STREAMED_BOUNDARY.test(html)) return html;
  return html.replace(SCRIPT, (element, attributes: string, body: string) => (isNextRuntime(attributes, body) ? "" : element)).replace(SCRIPT_PRELOAD, "");
}
