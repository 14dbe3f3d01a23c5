/**
 * Which Chromium the browser tests use: `CHROMIUM_PATH` when set; else
 * Playwright's own download when it is installed; else a system Chromium
 * (Debian's /usr/bin/chromium), for machines where Playwright cannot download.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Path to launch, or undefined to let Playwright use its own browser. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv) return fromEnv;
  if (existsSync(chromium.executablePath())) return undefined;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** True when no browser is available yet and Playwright must download its own. */
export function needsBrowserDownload(): boolean {
  return chromiumExecutable() === undefined && !existsSync(chromium.executablePath());
}
