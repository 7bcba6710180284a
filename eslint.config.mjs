import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";


const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "bench/reference-app/.next/**", "dist/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
  {
    // Public pages link with plain <a> on purpose: next/link would add its runtime (about 6 kB gzip) to every page's
    // first load and prefetch linked pages on slow networks; the page cache answers a full load fast (issue 15).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // No bare strings: every word a reader sees comes from the message catalogues, in their language (issue 14).
    // JSX text, and the attributes a reader or a screen reader meets.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["title", "alt", "placeholder", "aria-label", "aria-description", "aria-valuetext", "label", "summary"], exclude: [] },
          // next-intl's t, t.rich and friends take message keys, not text; describedBy (components/forms) an element id.
          callees: { exclude: ["i18n(ext)?", "t", "describedBy", "t\\.(?:rich|markup|has|raw)", "useTranslations", "getTranslations", "require", "includes", "indexOf", "endsWith", "startsWith"] },
          message: "User-visible text must come from the message catalogues (lib/i18n/messages): use t() from next-intl.",
        },
      ],
    },
  },
];

export default config;
