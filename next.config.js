// eslint-disable-next-line @typescript-eslint/no-require-imports -- this config is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

const dev = process.env.NODE_ENV !== "production";

// Scripts: Next.js hydrates through inline <script> tags. Nonces would force every page to render per request
// (no static or cached public pages), so inline scripts are allowed, while everything else is locked to this origin.
// Styles: Recharts and Next set inline styles. 'unsafe-eval' only in development (React refresh).
const contentSecurityPolicy = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join("; ");

const commonHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Ignored by browsers over plain http; enforces https once the app is served over it.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

// No page may be framed (clickjacking), except the embeds (/embed/*, /fr/embed/*, …), which exist to be shown in other sites' iframes.
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
  { key: "X-Frame-Options", value: "DENY" },
  ...commonHeaders,
];
const embedHeaders = [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }, ...commonHeaders];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Metadata in <head> for every visitor, not streamed in after the page: the page cache (lib/page-cache) keeps one
  // rendering for everyone, link-preview bots included, and a cached page costs nothing to wait for.
  htmlLimitedBots: /.*/,
  // Server actions accept only this app's own origin: Next.js compares Origin with Host and refuses a mismatch.
  // List extra origins here only when a trusted reverse proxy rewrites the host.
  experimental: { serverActions: { allowedOrigins: [] } },
  async headers() {
    return [
      { source: "/:path((?!(?:(?:fr|es|ar|zh)/)?embed/).*)", headers: securityHeaders },
      { source: "/embed/:path+", headers: embedHeaders },
      { source: "/:locale(fr|es|ar|zh)/embed/:path+", headers: embedHeaders },
      // Evidence documents: the route sets `sandbox`, but these headers are applied over a handler's, and the last
      // matching entry wins, so the document download gets its own policy here (lib/evidence/documents.ts).
      { source: "/api/documents/:id", headers: [{ key: "Content-Security-Policy", value: "sandbox" }] },
    ];
  },
};

// next-intl reads each request's language and messages from lib/i18n/request.ts.
module.exports = createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
