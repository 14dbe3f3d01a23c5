// Before the browser tests: download Playwright's Chromium only if no usable Chromium is there yet.
import { execFileSync } from "node:child_process";
import { needsBrowserDownload } from "../tests/e2e/browser.ts";

if (needsBrowserDownload()) {
  console.log("No Chromium found: running `npx playwright install chromium` (or set CHROMIUM_PATH).");
  execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
}
