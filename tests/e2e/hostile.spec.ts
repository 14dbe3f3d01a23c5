/**
 * The site built from hostile data (scripts/build-hostile.ts, every text field
 * prefixed with a payload from tests/hostile/payloads.ts): a real browser opens
 * every page and embed; no dialog opens, no element is injected, no
 * Content-Security-Policy violation occurs, the text is shown literally, and
 * nothing that is not http(s) or on this site becomes a link.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";
import { PAYLOADS } from "../hostile/payloads.ts";
import { serveDirectory, type StaticServer } from "./static-server.ts";

const DIST = join(import.meta.dirname, "../../dist-hostile");

function pages(dir: string): string[] {
  if (!existsSync(dir)) throw new Error("dist-hostile/ is missing: run `node scripts/build-hostile.ts` (npm test does)");
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name === "index.html" ? [join(d, e.name)] : []));
  return walk(dir).map((f) => `/${relative(dir, f).split(sep).join("/").replace(/index\.html$/, "")}`).sort();
}

const PATHS = pages(DIST);
let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(DIST);
});
test.afterAll(async () => {
  await server.close();
});

test("the hostile build has every page type", () => {
  for (const p of ["/", "/sources/", "/cases/", "/charts/takedowns-over-time/", "/data/takedowns/", "/explainers/the-law/"]) expect(PATHS).toContain(p);
  expect(PATHS.some((p) => p.startsWith("/embed/"))).toBe(true);
});

for (const path of PATHS) {
  test(`${path} shows hostile text as text`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForLoadState("load");
    const found = await page.evaluate(() => ({
      handlers: document.querySelectorAll("[onload], [onerror], [onclick], [onmouseover]").length,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      hostileScripts: [...document.scripts].filter((s) => (s.textContent ?? "").includes("hostile")).length,
      // The share block's own e-mail link (mailto:?subject=…, no address) is the one non-http(s) link the site writes.
      badLinks: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? "").filter((h) => !/^(https?:\/\/|\/|#|\?|mailto:\?subject=)/.test(h)),
      csp: (window as unknown as { cspViolations: string[] }).cspViolations,
      text: document.body.innerText,
    }));
    expect(dialogs).toEqual([]);
    expect(found.handlers).toBe(0);
    expect(found.injectedImages).toBe(0);
    expect(found.hostileScripts).toBe(0);
    expect(found.badLinks).toEqual([]);
    expect(found.csp).toEqual([]);
    // Where a payload is shown, it is shown as the literal characters.
    if (/hostile-1(?!\d)/.test(found.text)) expect(found.text).toContain(PAYLOADS[0]); // not hostile-12, -13...
  });
}

test("payloads appear literally on the sources page and in a chart's SVG text", async ({ page }) => {
  await page.goto(`${server.origin}/sources/`);
  const text = await page.locator("main").innerText();
  for (const payload of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3]]) expect(text).toContain(payload);
  await page.goto(`${server.origin}/charts/policy-timeline/`);
  const svgText = await page.locator("main svg").first().evaluate((svg) => svg.textContent ?? "");
  expect(svgText).toMatch(/hostile-\d+/);
});
