import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "bench/reference-app/.next/**", "dist/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
  {
    // Public pages link with plain <a> on purpose: next/link would add its runtime (about 6 kB gzip) to every page's
    // first load and prefetch linked pages on slow networks; the page cache answers a full load fast (issue 15).
    files: ["app/(public)/**", "app/about/**", "app/layout.tsx", "app/not-found.tsx", "components/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
];

export default config;
