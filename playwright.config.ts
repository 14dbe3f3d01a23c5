import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against the production build in dist/, served locally by
 * `astro preview`. On machines where Playwright cannot download its browser,
 * set CHROMIUM_PATH to a system Chromium (CI uses Debian's /usr/bin/chromium).
 */
const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const chromiumPath = process.env["CHROMIUM_PATH"];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  workers: 2,
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: chromiumPath
      ? {
          executablePath: chromiumPath,
          // Root in a container needs --no-sandbox; the rest keeps Chromium off the (closed) network.
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
