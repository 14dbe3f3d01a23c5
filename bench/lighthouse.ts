/**
 * Lighthouse (mobile settings) against the built site served by `astro preview`,
 * with Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium). Returns scores
 * out of 100 per page, or null when no Chromium is available.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseScores {
  readonly page: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

async function waitFor(url: string, seconds = 30): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

export async function runLighthouse(pages: readonly string[], port = 4398): Promise<LighthouseScores[] | null> {
  const chromePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) return null;
  const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(port)], { stdio: "ignore", detached: true });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      const result = await lighthouse(`http://127.0.0.1:${port}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
      const c = result?.lhr.categories ?? {};
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      scores.push({ page, performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") });
    }
    return scores;
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid);
  }
}
