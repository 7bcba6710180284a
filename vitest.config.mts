import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Tests call pages' server code (generateMetadata) outside Next.js: give them next-intl's server build, with the
    // request config the Next.js plugin would alias (lib/i18n/request.ts).
    alias: {
      "next-intl/server": here("node_modules/next-intl/dist/esm/development/server.react-server.js"),
      "next-intl/config": here("lib/i18n/request.ts"),
    },
  },
  test: {
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves: let Vite do it.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts?(x)", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // One database per run; files run one after another so they never race on shared rows.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The reliability fuzz (tests/reliability/fuzz): its own database, since it changes shared reference rows.
          name: "fuzz",
          include: ["tests/reliability/fuzz/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
