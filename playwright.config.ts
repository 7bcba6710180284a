import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Test workers seed data through the data layer into the same database file the e2e server uses.
process.env.DATABASE_URL = `file:./data/e2e-${port}.db`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    contextOptions: { reducedMotion: "reduce" },
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: /page-cache\.spec\.ts/ },
    // Hit or miss depends on every write to the database: this runs alone, after all the specs that write.
    { name: "page-cache", use: chromium, testMatch: /page-cache\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    // A fresh, seeded SQLite database per run, served by the production build.
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
