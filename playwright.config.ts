import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./tests/e2e/browser.ts";

/**
 * Browser tests run against the production build in dist/, served locally by
 * scripts/serve-static.ts as the production host serves it (index.html for a
 * directory, 404.html with status 404, the headers of dist/_headers). The browser is Playwright's own, or CHROMIUM_PATH, or a
 * system Chromium where Playwright cannot download one (see tests/e2e/browser.ts).
 */
const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const chromiumPath = chromiumExecutable();

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
    command: `node scripts/serve-static.ts dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 30_000,
  },
});
