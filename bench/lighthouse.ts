/**
 * Lighthouse (mobile settings) against the built site, served from dist/ with gzip as a production host serves it
 * (scripts/serve-static.ts --gzip), with Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium). Each page is run
 * several times and the median kept, as Lighthouse's own guidance advises: one run on a shared machine can lose a
 * point to a stall that has nothing to do with the page. Returns null when no Chromium is available.
 *
 *   node bench/lighthouse.ts [runs=3] [path...]   (after `npm run build`; defaults to one page of every type)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { fileFor, serveDirectory } from "../scripts/serve-static.ts";

export interface LighthouseScores {
  readonly page: string;
  readonly runs: number;
  /** Median of the runs, out of 100. */
  readonly performance: number;
  /** The lowest performance score of the runs. */
  readonly worstPerformance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const DIST = join(import.meta.dirname, "..", "dist");

/** One page of every type the site builds, and every chart page (they differ most in weight). */
export const LIGHTHOUSE_PAGES: readonly string[] = [
  "/",
  "/charts/",
  "/charts/takedowns-over-time/",
  "/charts/removals-vs-arrivals/",
  "/charts/advertised-prices/",
  "/charts/case-timelines/",
  "/charts/policy-timeline/",
  "/explainers/reading-the-numbers/",
  "/data/",
  "/data/takedowns/",
  "/cases/",
  "/cases/preston-zada/",
  "/sources/",
  "/about/",
  "/search/",
  "/404.html",
  "/embed/takedowns-over-time/",
];

/** The pages of `pages` that the build has (fileFor: as the static server would find them). */
export const builtOf = (pages: readonly string[]): string[] => pages.filter((p) => fileFor(DIST, p) !== undefined);

type CategoryScores = Pick<LighthouseScores, "performance" | "accessibility" | "bestPractices" | "seo">;

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

export async function runLighthouse(pages: readonly string[], runs = 3): Promise<LighthouseScores[] | null> {
  const chromePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) return null;
  const server = await serveDirectory(DIST, 0, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      const results: CategoryScores[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
        const c = result?.lhr.categories ?? {};
        const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        results.push({ performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") });
      }
      const of = (k: keyof CategoryScores) => median(results.map((r) => r[k]));
      const worstPerformance = Math.min(...results.map((r) => r.performance));
      scores.push({ page, runs, performance: of("performance"), worstPerformance, accessibility: of("accessibility"), bestPractices: of("bestPractices"), seo: of("seo") });
    }
    return scores;
  } finally {
    await chrome.kill();
    await server.close();
  }
}

/** The scores as a Markdown table. */
export function lighthouseTable(scores: readonly LighthouseScores[]): string[] {
  return [
    "| page | performance (median) | lowest run | accessibility | best practices | SEO |",
    "|---|---|---|---|---|---|",
    ...scores.map((s) => `| ${s.page} | ${s.performance} | ${s.worstPerformance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`),
  ];
}

if (import.meta.main) {
  const [runsArg, ...paths] = process.argv.slice(2);
  const pages = builtOf(paths.length ? paths : LIGHTHOUSE_PAGES);
  const scores = await runLighthouse(pages, Number(runsArg ?? 3) || 3);
  console.log(scores === null ? "No Chromium found (set CHROMIUM_PATH)." : lighthouseTable(scores).join("\n"));
}
