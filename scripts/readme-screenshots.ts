// Regenerates the README's screenshots (docs/screenshots/*.png) from the built site, so they cannot drift from what
// the site looks like: the home page and a chart page, each on a phone (360 x 800) and a desktop (1280 x 900), first
// screen only, in the theme the README names. Run after `npm run build`:
//
//   node scripts/readme-screenshots.ts [dist]
//
// Uses the same Chromium as the browser tests (CHROMIUM_PATH, Playwright's own, or a system one); loopback only.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { serveDirectory } from "./serve-static.ts";
import { chromiumExecutable } from "../tests/e2e/browser.ts";

interface Shot {
  readonly file: string;
  readonly path: string;
  readonly width: number;
  readonly height: number;
  readonly scheme: "light" | "dark";
}

/** Phone and desktop viewports the design issue judges pages at. */
const PHONE = { width: 360, height: 800 } as const;
const DESKTOP = { width: 1280, height: 900 } as const;
const CHART_PAGE = "/charts/takedowns-over-time/";

const README_SHOTS: readonly Shot[] = [
  { file: "home-360-light.png", path: "/", ...PHONE, scheme: "light" },
  { file: "home-1280-light.png", path: "/", ...DESKTOP, scheme: "light" },
  { file: "chart-360-dark.png", path: CHART_PAGE, ...PHONE, scheme: "dark" },
  { file: "chart-1280-dark.png", path: CHART_PAGE, ...DESKTOP, scheme: "dark" },
];

async function main(root: string): Promise<void> {
  const outDir = join(import.meta.dirname, "..", "docs", "screenshots");
  mkdirSync(outDir, { recursive: true });
  const server = await serveDirectory(root);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch(executablePath ? { executablePath, args: ["--no-sandbox"] } : {});
  try {
    for (const shot of README_SHOTS) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
      const page = await context.newPage();
      await page.goto(server.origin + shot.path, { waitUntil: "load" });
      // Fonts are self-hosted; wait for them so the shot shows the real type, not the fallback.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(outDir, shot.file) });
      await context.close();
      console.log(`docs/screenshots/${shot.file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main(process.argv[2] ?? "dist");
