/**
 * Embeds in a real browser, on a host page served from a second local origin
 * with the snippets a reader copies: each frame ends the height of its content
 * after load and after the viewport changes width; forged resize messages (from
 * a third origin, or from the wrong frame) change nothing; the no-script
 * snippet shows the chart at its fixed height, with JavaScript on or off in the
 * frame; views and themes from the URL; zero axe violations; small scripts; the
 * hosting headers keep site pages out of other sites' frames and let embeds in.
 * Every server here listens on 127.0.0.1 only and is closed at the end.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { axeViolations } from "./axe.ts";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { packageVersion, readChangelog } from "../../src/lib/catalogue/changelog.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { formatBytes } from "../../src/lib/format/bytes.ts";
import { SCHEMAS } from "../../src/lib/data/schemas.ts";
import { dataFileReader, loadFromDisk } from "../../src/lib/data/site-data.ts";
import { embedPage, type EmbedPage } from "../../src/lib/embed/embed-page.ts";
import { headersFor, parseHeaders } from "../../src/lib/embed/headers.ts";
import { oembed } from "../../src/lib/embed/oembed.ts";
import { REQUEST_TYPE, RESIZE_TYPE } from "../../src/lib/embed/protocol.ts";
import { DEFAULT_EMBED, embedSnippet, type EmbedOptions } from "../../src/lib/embed/snippet.ts";
import { DIST } from "./built-pages.ts";
import { fileFor } from "./site-files.ts";

const SITE = "https://takedown-explorer.example";
const { datasets } = loadFromDisk();
// The newest collection version: a pinned embed of it draws the same rows as the live one.
const LATEST = packageVersion(
  readChangelog(dataFileReader()("changelog.csv") ?? new Uint8Array(), "data/changelog.csv", SCHEMAS.map((s) => s.name)).entries.map((e) => e.entry),
).version;
const pages: EmbedPage[] = CHARTS.map((chart) => embedPage(chart, datasets, { version: "live", collection: "1.0.0", date: "2026-11-21" }, datasets));
function chartAt(index: number): EmbedPage {
  const page = pages[index];
  if (!page) throw new Error("the embed tests need two charts");
  return page;
}
const first = chartAt(0);
const second = chartAt(1);

interface Server {
  readonly origin: string;
  close(): Promise<void>;
}

/** A server on a free loopback port: a separate origin. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, url: URL) => void): Promise<Server> {
  const server = createServer((req, res) => handle(req, res, new URL(req.url ?? "/", "http://127.0.0.1")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title></head><body>${body}</body></html>`);
}

const PROSE = "<p>A paragraph of the host's own article, around the embed.</p>";

/** The host site (second origin): pages holding copied snippets that point at the site under test (`?site=`). */
function hostPageBody(kind: string, site: string, evil: string): string {
  const snippet = (page: EmbedPage, options: EmbedOptions = DEFAULT_EMBED, script = true) => embedSnippet(page, options, site, script);
  switch (kind) {
    case "two": // two charts, each with its snippet: the listener is included twice
      return `<h1>Story</h1>${PROSE}${snippet(first)}${PROSE}${snippet(second, { view: "chart", theme: "auto", version: "1.0.0" })}${PROSE}`;
    case "forged": // one embed, and a frame from a third origin that forges resize messages for it
      return `<h1>Story</h1>${snippet(first)}<iframe id="evil" title="Third party" src="${evil}/forge.html?chart=${first.id}"></iframe>`;
    case "fixed": // what a host that strips scripts keeps: the iframe alone, in a 360px column
      return `<h1>Story</h1><div style="width:360px">${snippet(first, DEFAULT_EMBED, false)}</div>${PROSE}`;
    default:
      return "<p>Unknown host page</p>";
  }
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

let host: Server;
let evil: Server;
let hosted: Server; // dist/ served with the headers of dist/_headers, as a static host would
test.beforeAll(async () => {
  evil = await serve((_req, res, url) => {
    const chart = url.searchParams.get("chart") ?? "";
    // Forges a resize message, to its parent, for every origin, over and over.
    const forge = `setInterval(() => parent.postMessage(${JSON.stringify({ type: RESIZE_TYPE, chart, version: "live", height: 5 })}, "*"), 50);`;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>Forger</title><p>Third party</p><script>${forge}</script></html>`);
  });
  host = await serve((_req, res, url) => html(res, hostPageBody(url.searchParams.get("kind") ?? "", url.searchParams.get("site") ?? "", evil.origin)));
  const rules = parseHeaders(readFileSync(join(DIST, "_headers"), "utf8"));
  hosted = await serve((_req, res, url) => {
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", ...headersFor(rules, url.pathname) });
    res.end(readFileSync(file));
  });
});
test.afterAll(async () => {
  await Promise.all([host, evil, hosted].filter(Boolean).map((s) => s.close()));
});

const hostUrl = (kind: string, site: string) => `${host.origin}/host.html?kind=${kind}&site=${encodeURIComponent(site)}`;

/** The iframes of the site's embeds on a host page, with their frames, once loaded. */
async function embedFrames(page: Page, count: number): Promise<{ index: number; frame: Frame }[]> {
  const iframes = page.locator('iframe[src*="/embed/"]');
  await expect(iframes).toHaveCount(count);
  const out: { index: number; frame: Frame }[] = [];
  for (let index = 0; index < count; index++) {
    await iframes.nth(index).scrollIntoViewIfNeeded(); // they load lazily
    const frame = await (await iframes.nth(index).elementHandle())?.contentFrame();
    if (!frame) throw new Error(`no frame for embed ${index}`);
    await frame.waitForLoadState("load");
    out.push({ index, frame });
  }
  return out;
}

/** The iframe's height, and its document's: its own box and its scroll height. */
async function heights(page: Page, index: number, frame: Frame) {
  const iframe = await page.locator('iframe[src*="/embed/"]').nth(index).evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => ({ box: document.documentElement.getBoundingClientRect().height, scroll: document.documentElement.scrollHeight }));
  return { iframe, ...content };
}

async function expectFitted(page: Page, frames: { index: number; frame: Frame }[]): Promise<void> {
  for (const { index, frame } of frames) {
    await expect
      .poll(async () => {
        const h = await heights(page, index, frame);
        // Within 2px of the content both ways: scrollHeight alone never drops below the frame's own height.
        return Math.abs(h.iframe - h.scroll) <= 2 && Math.abs(h.iframe - h.box) <= 2;
      }, { message: `embed ${index} fits its content`, timeout: 10_000 })
      .toBe(true);
  }
}

test.describe("the copied snippet on another site", () => {
  test("each frame ends within 2px of its content's height after load, and again after the viewport narrows", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(hostUrl("two", baseURL ?? ""));
    const frames = await embedFrames(page, 2);
    await expectFitted(page, frames);
    const wide = await Promise.all(frames.map(({ index, frame }) => heights(page, index, frame)));
    for (const [i, h] of wide.entries()) expect(h.iframe, `embed ${i} was resized, not left at its initial height`).not.toBe(i === 0 ? first.heights.chart.initial : second.heights.chart.initial);

    await page.setViewportSize({ width: 400, height: 900 });
    await expectFitted(page, frames);
    const narrow = await Promise.all(frames.map(({ index, frame }) => heights(page, index, frame)));
    // The content reflowed (the compact drawing below 520px), and the frames followed it.
    for (const [i, h] of narrow.entries()) expect(h.iframe, `embed ${i} changed height at 400px`).not.toBe(wide[i]?.iframe);

    await page.setViewportSize({ width: 1000, height: 900 });
    await expectFitted(page, frames);
  });

  test("forged resize messages, from a third origin or from another frame of the site, change nothing", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(hostUrl("forged", baseURL ?? ""));
    const frames = await embedFrames(page, 1);
    await expectFitted(page, frames);
    const embed = page.locator('iframe[src*="/embed/"]');
    const before = await embed.evaluate((el) => el.getBoundingClientRect().height);
    // The third origin's frame posts height 5 every 50ms: let it try ten times. (The listener acts synchronously
    // in its message handler, registered before this counter, so each counted message has been acted on.)
    await expect(page.frameLocator("#evil").locator("p")).toHaveText("Third party");
    await page.evaluate(() => {
      const evil = document.querySelector<HTMLIFrameElement>("#evil")?.contentWindow;
      const w = window as unknown as { forged: number };
      w.forged = 0;
      window.addEventListener("message", (e) => {
        if (e.source === evil) w.forged++;
      });
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { forged: number }).forged)).toBeGreaterThanOrEqual(10);
    expect(await embed.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
    // The host page itself, posting to itself, is not the embed's window either.
    await page.evaluate(
      (message) =>
        new Promise<void>((resolve) => {
          window.addEventListener("message", () => resolve(), { once: true }); // after the listener's own handler
          window.postMessage(message, "*");
        }),
      { type: RESIZE_TYPE, chart: first.id, version: "live", height: 5 },
    );
    expect(await embed.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
    await expectFitted(page, frames);
  });

  test("a message naming another chart or version, from the right frame and origin, changes nothing", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(hostUrl("two", baseURL ?? ""));
    const frames = await embedFrames(page, 2);
    await expectFitted(page, frames);
    const embeds = page.locator('iframe[src*="/embed/"]');
    const before = await embeds.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    // The second embed's window claims to be the first chart, then the first chart's pinned version. The test
    // waits until the host has received both (its handler runs after the listener's, which acts synchronously).
    await page.evaluate(() => {
      const forgerWindow = document.querySelectorAll<HTMLIFrameElement>('iframe[src*="/embed/"]')[1]?.contentWindow;
      const w = window as unknown as { forgedBoth: Promise<void> };
      w.forgedBoth = new Promise<void>((resolve) => {
        let seen = 0;
        window.addEventListener("message", (e) => {
          if (e.source === forgerWindow && (e.data as { height?: unknown })?.height === 5 && ++seen === 2) resolve();
        });
      });
    });
    const forger = frames[1]?.frame;
    await forger?.evaluate(
      ([type, chart]) => {
        parent.postMessage({ type, chart, version: "live", height: 5 }, "*");
        parent.postMessage({ type, chart, version: "1.0.0", height: 5 }, "*");
      },
      [RESIZE_TYPE, first.id] as const,
    );
    await page.evaluate(() => (window as unknown as { forgedBoth: Promise<void> }).forgedBoth);
    expect(await embeds.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))).toEqual(before);
  });

  test("the embed answers the listener's request, to the host's origin only", async ({ page, baseURL }) => {
    await page.goto(hostUrl("two", baseURL ?? ""));
    await embedFrames(page, 2);
    const answers = await page.evaluate(
      async ([request, resize]) => {
        const got: { origin: string; type: unknown }[] = [];
        // Waits for the first answer (the test's time limit bounds the wait), not for a fixed time.
        const answered = new Promise<void>((resolve) =>
          window.addEventListener("message", (e) => {
            if ((e.data as { type?: unknown })?.type !== resize) return;
            got.push({ origin: e.origin, type: e.data.type });
            resolve();
          }),
        );
        document.querySelector<HTMLIFrameElement>('iframe[src*="/embed/"]')?.contentWindow?.postMessage({ type: request }, "*");
        await answered;
        return got;
      },
      [REQUEST_TYPE, RESIZE_TYPE] as const,
    );
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.origin === new URL(baseURL ?? "").origin)).toBe(true);
  });

  test("the no-script snippet shows the whole chart view at its fixed height in a 360px column", async ({ page, baseURL }) => {
    await page.goto(hostUrl("fixed", baseURL ?? ""));
    const [embed] = await embedFrames(page, 1);
    if (!embed) throw new Error("no embed");
    const iframe = page.locator('iframe[src*="/embed/"]');
    await expect(iframe).toHaveAttribute("height", String(first.heights.chart.fixed));
    const frameHeight = await iframe.evaluate((el) => el.clientHeight);
    expect(frameHeight).toBe(first.heights.chart.fixed);
    const content = await embed.frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    expect(content, "everything in the chart view fits").toBeLessThanOrEqual(frameHeight);
    expect(frameHeight - content, "without much room to spare").toBeLessThanOrEqual(80);
  });

  test("with JavaScript off in the frame, the no-script snippet still shows the chart, title and source", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(hostUrl("fixed", baseURL ?? ""));
    const [embed] = await embedFrames(page, 1);
    if (!embed) throw new Error("no embed");
    const frameHeight = await page.locator('iframe[src*="/embed/"]').evaluate((el) => el.clientHeight);
    expect(frameHeight).toBe(first.heights.chart.fixed);
    await expect(embed.frame.locator("h1")).toHaveText(first.title);
    const svg = embed.frame.locator("[data-embed-view='chart'] svg[role='img']:visible");
    await expect(svg).toHaveCount(1);
    const bottom = await svg.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom, "the whole drawing is inside the frame").toBeLessThanOrEqual(frameHeight);
    // Without JavaScript both views are sections: the table follows, inside the frame's own scroll.
    await expect(embed.frame.locator("[data-embed-view='table'] table").first()).toBeAttached();
    await context.close();
  });
});

test.describe("embed pages", () => {
  for (const page of pages) {
    test(`/embed/${page.id}/ has no axe violations in either view and theme`, async ({ page: tab }) => {
      test.slow();
      // The default state (chart view, theme auto, light) is checked by pages.spec.ts with the other built pages.
      for (const [query, scheme] of [
        ["?view=table&theme=dark", "light"],
        ["?view=chart&theme=light", "dark"],
      ] as const) {
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(`/embed/${page.id}/${query}`);
        await expect(tab.locator("h1")).toHaveText(page.title);
        expect(await axeViolations(tab, query)).toEqual([]);
      }
    });
  }

  test("?view= shows one view; without it (or without JavaScript) both; the credit links back to the chart page", async ({ page, browser }) => {
    const path = `/embed/${first.id}/`;
    await page.goto(`${path}?view=table&theme=auto`);
    await expect(page.locator("[data-embed-view='chart']")).toBeHidden();
    await expect(page.locator("[data-embed-view='table'] table").first()).toBeVisible();
    await page.goto(`${path}?view=chart&theme=auto`);
    await expect(page.locator("[data-embed-view='chart'] svg[role='img']:visible")).toHaveCount(1);
    await expect(page.locator("[data-embed-view='table']")).toBeHidden();
    await expect(page.locator("nav, header")).toHaveCount(0);
    await expect(page.locator(`footer a[href="/charts/${first.id}/"]`)).toBeVisible();
    await expect(page.locator("footer")).toContainText(first.sourceLine);
    await page.goto(path);
    await expect(page.locator("[data-embed-view='chart']")).toBeVisible();
    await expect(page.locator("[data-embed-view='table']")).toBeVisible();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${path}?view=table&theme=dark`);
    await expect(noJs.locator("[data-embed-view='chart'] svg[role='img']:visible")).toHaveCount(1);
    await expect(noJs.locator("[data-embed-view='table'] table").first()).toBeVisible();
    await context.close();
  });

  test("?theme=light|dark overrides the reader's scheme, auto follows it", async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const path = `/embed/${first.id}/?view=chart`;
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${path}&theme=dark`);
    expect(await background()).toBe("rgb(17, 20, 24)");
    await page.goto(`${path}&theme=auto`);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${path}&theme=light`);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.goto(`${path}&theme=auto`);
    expect(await background()).toBe("rgb(17, 20, 24)");
  });

  test("every link opens outside the frame, since the site's own pages refuse to be framed", async ({ page }) => {
    await page.goto(`/embed/${first.id}/`);
    await expect(page.locator("base")).toHaveAttribute("target", "_blank");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, indexifembedded");
  });

  test("the pinned embed draws the archived data of its version: today, the same as the live one", async ({ page }) => {
    const drawing = async (path: string) => {
      await page.goto(path);
      return page.locator("[data-embed-view='chart'] .chart-regular svg").evaluate((svg) => new XMLSerializer().serializeToString(svg));
    };
    expect(await drawing(`/embed/${first.id}/${LATEST}/`)).toBe(await drawing(`/embed/${first.id}/`));
    await expect(page.locator("html")).toHaveAttribute("data-version", "live");
    await page.goto(`/embed/${first.id}/${LATEST}/`);
    await expect(page.locator("html")).toHaveAttribute("data-version", LATEST);
    await expect(page.locator("footer")).toContainText(`version ${LATEST}`);
    await expect(page.locator("footer")).toContainText("pinned");
  });

  test("/embed.js and /embed/frame.js are each at most 1.5 KB gzipped", async ({ request }) => {
    for (const path of ["/embed.js", "/embed/frame.js"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("javascript");
      const size = gzipSync(await response.body(), { level: 9 }).length;
      test.info().annotations.push({ type: "gzip-bytes", description: `${path}: ${size}` });
      expect(size, path).toBeLessThanOrEqual(1536);
    }
  });

  test("a chart page's Embed view states the size of /embed.js as served", async ({ page, request }) => {
    const served = (await (await request.get("/embed.js")).body()).length;
    await page.goto(`/charts/${first.id}/?view=embed`);
    await expect(page.locator("#view-embed")).toContainText(`/embed.js (${formatBytes(served)})`);
  });
});

test.describe("hosting headers, applied as a static host would", () => {
  test("another site can frame an embed, but not a chart page", async ({ page }) => {
    const chartPage = `${hosted.origin}/charts/${first.id}/`;
    const embedUrl = `${hosted.origin}/embed/${first.id}/?view=chart&theme=auto`;
    await page.goto(`${host.origin}/host.html?kind=none`);
    await page.setContent(
      `<h1>Host</h1><iframe id="site" title="Site page" src="${chartPage}"></iframe><iframe id="embed" title="Embed" src="${embedUrl}"></iframe>`,
    );
    await expect(page.frameLocator("#embed").locator("h1")).toHaveText(first.title);
    const siteFrame = await (await page.locator("#site").elementHandle())?.contentFrame();
    await expect.poll(() => siteFrame?.url()).not.toBe(chartPage); // blocked: Chromium shows its error page instead
    const response = await page.request.get(chartPage);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect((await page.request.get(embedUrl)).headers()["x-frame-options"]).toBeUndefined();
  });
});

test.describe("the chart page's Embed view and sharing", () => {
  test("shows a preview and the snippets, copyable; the options rewrite them", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/charts/${first.id}/?view=embed`);
    const view = page.locator("#view-embed");
    await expect(view).toBeVisible();
    await expect(view.locator('pre[data-snippet="live"]')).toHaveText(embedSnippet(first, DEFAULT_EMBED, SITE));
    await expect(view.locator('pre[data-snippet="fixed"]')).toHaveText(embedSnippet(first, DEFAULT_EMBED, SITE, false));
    await expect(view.locator('pre[data-snippet="pinned"]')).toHaveText(embedSnippet(first, { ...DEFAULT_EMBED, version: LATEST }, SITE));
    // The preview is the live embed, sized by the same listener once it is in view.
    const preview = view.locator("iframe[data-embed-preview]");
    await expect(preview).toHaveAttribute("src", `/embed/${first.id}/?view=chart&theme=auto`);
    await preview.scrollIntoViewIfNeeded();
    await expect(page.frameLocator("[data-embed-preview]").locator("h1")).toHaveText(first.title);
    await expect.poll(() => preview.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);

    await view.getByLabel("The table of the figures it draws").check();
    await view.getByLabel("Always dark").check();
    const table = { view: "table", theme: "dark", version: "live" } as const;
    await expect(view.locator('pre[data-snippet="live"]')).toHaveText(embedSnippet(first, table, SITE));
    await expect(view.locator('pre[data-snippet="pinned"]')).toHaveText(embedSnippet(first, { ...table, version: LATEST }, SITE));
    await expect(preview).toHaveAttribute("src", `/embed/${first.id}/?view=table&theme=dark`);

    await view.getByRole("button", { name: "Copy the embed snippet", exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(embedSnippet(first, table, SITE));
  });

  test("the preview's listener (/embed.js) is fetched when the preview comes into view, not with the page", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`/charts/${first.id}/`);
    await page.waitForLoadState("load");
    expect(fetched).not.toContain("/embed.js");
    await page.getByRole("tab", { name: "Embed" }).click();
    const preview = page.locator("#view-embed iframe[data-embed-preview]");
    await preview.scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.filter((p) => p === "/embed.js").length).toBe(1);
    await expect.poll(() => preview.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
  });

  test("earlier versions are folded away, newest first, each an embed address that the site serves", async ({ page }) => {
    await page.goto(`/charts/${first.id}/?view=embed`);
    const versions = page.locator("#view-embed .embed-versions");
    await expect(versions.locator("li").first()).toBeHidden();
    await versions.locator("summary").click();
    const urls = await versions.locator("li code").allInnerTexts();
    expect(urls.length).toBeGreaterThan(0);
    const numbers = urls.map((u) => u.match(/\/(\d+\.\d+\.\d+)\/$/)?.[1] ?? u);
    const numeric = (v: string) => v.split(".").map(Number);
    // Newest first, none of them the latest (the pinned snippet above gives that one).
    const sorted = [...numbers].sort((a, b) => {
      const [x, y] = [numeric(a), numeric(b)];
      return (y[0]! - x[0]!) || (y[1]! - x[1]!) || (y[2]! - x[2]!);
    });
    expect(numbers).toEqual(sorted);
    expect(numbers).not.toContain(LATEST);
    for (const url of urls) {
      expect(url.startsWith(`${SITE}/embed/${first.id}/`), url).toBe(true);
      expect(fileFor(url.slice(SITE.length)), url).not.toBeNull();
    }
  });

  test("without JavaScript the Embed view is a fifth section with the default snippets and no options form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/charts/${first.id}/`);
    await expect(page.locator("#view-embed h2")).toHaveText("Embed");
    await expect(page.locator('#view-embed pre[data-snippet="live"]')).toHaveText(embedSnippet(first, DEFAULT_EMBED, SITE));
    await expect(page.locator("#view-embed [data-embed-options]")).toBeHidden();
    await context.close();
  });

  test("oEmbed discovery, the oEmbed response and the social images", async ({ page, request }) => {
    await page.goto(`/charts/${first.id}/`);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute("href", `${SITE}/charts/${first.id}/oembed.json`);
    await expect(link).toHaveAttribute("title", first.title);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${SITE}/charts/${first.id}/social.png`);
    const json = await (await request.get(`/charts/${first.id}/oembed.json`)).json();
    expect(json).toEqual(oembed(first, SITE));

    const explainer = "/explainers/how-takedowns-work/";
    await page.goto(explainer);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${SITE}${explainer}social.png`);
    for (const path of [...pages.map((p) => `/charts/${p.id}/social.png`), `${explainer}social.png`]) {
      const png = await (await request.get(path)).body();
      expect(png.subarray(12, 16).toString("ascii"), path).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  test("every view has its permalink, and every table row links to its row in the dataset", async ({ page }) => {
    await page.goto(`/charts/${first.id}/`);
    for (const view of ["chart", "table", "sources", "download", "embed"]) {
      await expect(page.locator(`#view-${view} .view-link a`)).toHaveAttribute("href", `/charts/${first.id}/?view=${view}`);
    }
    const rows = page.locator("#view-table tbody tr");
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      const id = await row.getAttribute("data-row-id");
      const dataset = await row.locator("xpath=ancestor::table").getAttribute("data-dataset");
      await expect(row.locator("td").last().locator("a")).toHaveAttribute("href", `/data/${dataset}/#${id}`);
    }
  });
});

test("the built site carries the headers file for static hosts", () => {
  expect(fileFor("/_headers")).toBe(join(DIST, "_headers"));
});
