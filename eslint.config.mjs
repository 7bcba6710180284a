import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

// Files whose user-visible text is not yet in the message catalogues (lib/i18n/messages). Remove a file from this
// list once its strings are translated; the list only ever shrinks.
const UNTRANSLATED = [
  "app/[[]locale]/(site)/(public)/page.tsx",
  "app/[[]locale]/(site)/(public)/pledges/[[]slug]/page.tsx",
  "app/[[]locale]/(site)/about/page.tsx",
  "app/[[]locale]/(site)/account/password/page.tsx",
  "app/[[]locale]/(site)/admin/audit/page.tsx",
  "app/[[]locale]/(site)/admin/checks/page.tsx",
  "app/[[]locale]/(site)/admin/countries/page.tsx",
  "app/[[]locale]/(site)/admin/data/page.tsx",
  "app/[[]locale]/(site)/admin/forbidden/page.tsx",
  "app/[[]locale]/(site)/admin/import/page.tsx",
  "app/[[]locale]/(site)/admin/layout.tsx",
  "app/[[]locale]/(site)/admin/page.tsx",
  "app/[[]locale]/(site)/admin/pledges/[[]id]/deliveries/page.tsx",
  "app/[[]locale]/(site)/admin/pledges/[[]id]/page.tsx",
  "app/[[]locale]/(site)/admin/pledges/page.tsx",
  "app/[[]locale]/(site)/admin/review/page.tsx",
  "app/[[]locale]/(site)/admin/settings/page.tsx",
  "app/[[]locale]/(site)/admin/updates/[[]id]/page.tsx",
  "app/[[]locale]/(site)/admin/updates/new/page.tsx",
  "app/[[]locale]/(site)/admin/users/page.tsx",
  "app/[[]locale]/(site)/signin/page.tsx",
  "app/[[]locale]/(site)/signout/page.tsx",
  "components/admin/assessment-form.tsx",
  "components/admin/conflict-notice.tsx",
  "components/admin/country-flag-form.tsx",
  "components/admin/country-picker.tsx",
  "components/admin/delete-update-form.tsx",
  "components/admin/delivery-form.tsx",
  "components/admin/evidence-details.tsx",
  "components/admin/evidence-list.tsx",
  "components/admin/pledge-forms.tsx",
  "components/admin/review-form.tsx",
  "components/admin/settings-form.tsx",
  "components/admin/update-details.tsx",
  "components/admin/update-form.tsx",
  "components/admin/update-table.tsx",
  "components/admin/user-forms.tsx",
  "components/auth/change-password-form.tsx",
  "components/auth/sign-in-form.tsx",
  "components/auth/sign-out-button.tsx",
  "components/charts/bars-chart.tsx",
  "components/charts/chart-frame.tsx",
  "components/charts/cumulative-chart.tsx",
  "components/charts/sparkline.tsx",
  "components/dashboard/announcement-header.tsx",
  "components/dashboard/corroborating-sources.tsx",
  "components/dashboard/pledge-card.tsx",
  "components/embeds/embed-card.tsx",
  "components/embeds/embed-this.tsx",
  "components/freshness/check-form.tsx",
  "components/freshness/freshness.tsx",
  "components/freshness/rhythm-panel.tsx",
  "components/import/import-form.tsx",
  "components/open-data/freeze-release-form.tsx",
  "components/pledge/evidence-breakdown.tsx",
  "components/pledge/pledge-charts.tsx",
  "components/pledge/pledge-header.tsx",
  "components/pledge/reading.tsx",
  "components/pledge/record.tsx",
];

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
    ignores: [...UNTRANSLATED, "**/*.test.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["title", "alt", "placeholder", "aria-label", "aria-description", "aria-valuetext", "label", "summary"], exclude: [] },
          // next-intl's t, t.rich and friends take message keys, not text.
          callees: { exclude: ["i18n(ext)?", "t", "t\\.(?:rich|markup|has|raw)", "useTranslations", "getTranslations", "require", "includes", "indexOf", "endsWith", "startsWith"] },
          message: "User-visible text must come from the message catalogues (lib/i18n/messages): use t() from next-intl.",
        },
      ],
    },
  },
];

export default config;
