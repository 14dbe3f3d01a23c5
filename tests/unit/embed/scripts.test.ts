/**
 * The two served embed scripts, exactly as served (TypeScript stripped, wrapped,
 * config inlined), run in a bare JavaScript context with a stand-in DOM: what
 * they accept, what they ignore, and what they post where.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { FRAME_CONFIG, LISTENER_CONFIG, REQUEST_TYPE, RESIZE_TYPE } from "../../../src/lib/embed/protocol.ts";
import { servedScript } from "../../../src/lib/embed/scripts.ts";
import { embedAddress, heightFor } from "../../../src/components/islands/embed-listener.ts";
import { httpOrigin, knownHostOrigin, pick } from "../../../src/components/islands/embed-frame.ts";

const source = (name: string) => readFileSync(new URL(`../../../src/components/islands/${name}`, import.meta.url), "utf8");
const LISTENER = servedScript(source("embed-listener.ts"), "embedListener", LISTENER_CONFIG);
const FRAME = servedScript(source("embed-frame.ts"), "embedFrame", FRAME_CONFIG);
const SITE = "https://takedown-explorer.example";
const HOST = "https://news.example";

describe("servedScript(source, entry, config)", () => {
  test("a classic script: no import or export left, everything inside one function, the config inlined", () => {
    for (const script of [LISTENER, FRAME]) {
      expect(script).not.toMatch(/^\s*(import|export)\b/m);
      expect(script.startsWith("(function () {\n")).toBe(true);
      expect(script.endsWith("})();\n")).toBe(true);
    }
    expect(LISTENER).toContain(`embedListener(${JSON.stringify(LISTENER_CONFIG)});`);
    expect(FRAME).toContain(`embedFrame(${JSON.stringify(FRAME_CONFIG)});`);
  });
  test("the listener is at most 1.5 KB gzipped, and so is the frame's script", () => {
    expect(gzipSync(LISTENER, { level: 9 }).length).toBeLessThanOrEqual(1536);
    expect(gzipSync(FRAME, { level: 9 }).length).toBeLessThanOrEqual(1536);
  });
  test("the same bytes every time", () => {
    expect(servedScript(source("embed-listener.ts"), "embedListener", LISTENER_CONFIG)).toBe(LISTENER);
  });
  test("refuses a source that would need a module at run time, or lacks the entry function", () => {
    expect(() => servedScript('import { x } from "./x.ts";\nexport function f() { return x; }\n', "f", {})).toThrow(/types only/);
    expect(() => servedScript("export function f() {}\n", "g", {})).toThrow(/no such function/);
  });
});

// A stand-in DOM, just enough for the two scripts.
class HTMLScriptElement {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }
}
class HTMLIFrameElement {
  readonly src: string;
  readonly style: Record<string, string> = {};
  readonly received: [unknown, string][] = [];
  readonly contentWindow = { postMessage: (data: unknown, target: string) => this.received.push([data, target]) };
  constructor(src: string) {
    this.src = src;
  }
}
type Handler = (event: Record<string, unknown>) => void;

function hostPage(frames: HTMLIFrameElement[], scriptSrc = `${SITE}/embed.js`) {
  const listeners: Handler[] = [];
  const loads: Handler[] = [];
  const window: Record<string, unknown> = { addEventListener: (type: string, fn: Handler) => type === "message" && listeners.push(fn) };
  const document = {
    currentScript: new HTMLScriptElement(scriptSrc),
    getElementsByTagName: () => frames,
    addEventListener: (type: string, fn: Handler, capture: boolean) => type === "load" && capture && loads.push(fn),
  };
  const context = { window, document, URL, HTMLScriptElement, HTMLIFrameElement };
  const run = () => runInNewContext(LISTENER, context);
  const send = (origin: string, source: unknown, data: unknown) => listeners.forEach((fn) => fn({ origin, source, data }));
  return { run, send, listeners, loads };
}

describe("/embed.js on a host page", () => {
  const resize = (height: unknown, chart = "takedowns-over-time", version = "live") => ({ type: RESIZE_TYPE, chart, version, height });

  test("sets the height of the frame that sent a resize message from the site's origin", () => {
    const a = new HTMLIFrameElement(`${SITE}/embed/takedowns-over-time/?view=chart&theme=auto`);
    const b = new HTMLIFrameElement(`${SITE}/embed/prices/1.0.0/?view=table&theme=dark`);
    const page = hostPage([a, b]);
    page.run();
    page.send(SITE, a.contentWindow, resize(640.2));
    page.send(SITE, b.contentWindow, resize(900, "prices", "1.0.0"));
    expect(a.style["height"]).toBe("641px");
    expect(b.style["height"]).toBe("900px");
  });

  test.each([
    ["another origin", "https://evil.example", "a", resize(5)],
    ["a window that is no embed's", SITE, "other", resize(5)],
    ["another chart", SITE, "a", resize(5, "advertised-prices")],
    ["another version", SITE, "a", resize(5, "takedowns-over-time", "1.0.0")],
    ["another type", SITE, "a", { ...resize(5), type: "resize" }],
    ["a height that is no number", SITE, "a", resize("5")],
    ["an infinite height", SITE, "a", resize(Infinity)],
    ["no object", SITE, "a", "takedown-explorer:resize"],
  ])("ignores a message from %s", (_, origin, from, data) => {
    const a = new HTMLIFrameElement(`${SITE}/embed/takedowns-over-time/?view=chart&theme=auto`);
    const page = hostPage([a]);
    page.run();
    page.send(origin, from === "a" ? a.contentWindow : {}, data);
    expect(a.style).toEqual({});
  });

  test("ignores frames of other sites and pages of this site that are not embeds", () => {
    const foreign = new HTMLIFrameElement("https://evil.example/embed/takedowns-over-time/");
    const page404 = new HTMLIFrameElement(`${SITE}/charts/takedowns-over-time/`);
    const page = hostPage([foreign, page404]);
    page.run();
    page.send(SITE, foreign.contentWindow, resize(500));
    page.send(SITE, page404.contentWindow, resize(500));
    expect([foreign.style, page404.style]).toEqual([{}, {}]);
    expect(foreign.received).toEqual([]);
  });

  test("clamps heights to the sane range", () => {
    const a = new HTMLIFrameElement(`${SITE}/embed/takedowns-over-time/`);
    const page = hostPage([a]);
    page.run();
    page.send(SITE, a.contentWindow, resize(5));
    expect(a.style["height"]).toBe(`${LISTENER_CONFIG.min}px`);
    page.send(SITE, a.contentWindow, resize(1e9));
    expect(a.style["height"]).toBe(`${LISTENER_CONFIG.max}px`);
  });

  test("asks embeds already there for their height, and each embed that loads later, at the site's origin", () => {
    const a = new HTMLIFrameElement(`${SITE}/embed/takedowns-over-time/`);
    const page = hostPage([a]);
    page.run();
    expect(a.received).toEqual([[{ type: REQUEST_TYPE }, "*"]]);
    page.loads.forEach((fn) => fn({ target: a }));
    expect(a.received.at(-1)).toEqual([{ type: REQUEST_TYPE }, SITE]);
  });

  test("included twice, it listens once", () => {
    const page = hostPage([]);
    page.run();
    page.run();
    expect(page.listeners).toHaveLength(1);
  });
});

interface FrameWorld {
  search?: string;
  ancestors?: string[];
  referrer?: string;
  framed?: boolean;
  height?: number;
}

function embedPage(world: FrameWorld) {
  const posted: [unknown, string][] = [];
  const observers: (() => void)[] = [];
  const handlers: Handler[] = [];
  const parent = { postMessage: (data: unknown, target: string) => posted.push([data, target]) };
  const root = { dataset: { chart: "takedowns-over-time", version: "live" } as Record<string, string>, getBoundingClientRect: () => ({ height: world.height ?? 512.4 }) };
  const window: Record<string, unknown> = { addEventListener: (type: string, fn: Handler) => type === "message" && handlers.push(fn) };
  window["parent"] = world.framed === false ? window : parent;
  class ResizeObserver {
    readonly fn: () => void;
    constructor(fn: () => void) {
      this.fn = fn;
    }
    observe() {
      observers.push(this.fn);
    }
  }
  const context = {
    window,
    document: { documentElement: root, referrer: world.referrer ?? "" },
    location: { search: world.search ?? "", ancestorOrigins: world.ancestors },
    URL,
    URLSearchParams,
    ResizeObserver,
  };
  runInNewContext(FRAME, context);
  const resized = () => observers.forEach((fn) => fn());
  const message = (source: unknown, origin: string, data: unknown) => handlers.forEach((fn) => fn({ source, origin, data }));
  return { posted, root, parent, resized, message, observers };
}

describe("/embed/frame.js in an embed page", () => {
  test("applies a valid ?view= and ?theme=, and nothing else", () => {
    expect(embedPage({ search: "?view=table&theme=dark" }).root.dataset).toMatchObject({ view: "table", theme: "dark" });
    const auto = embedPage({ search: "?view=chart&theme=auto" }).root.dataset;
    expect(auto["view"]).toBe("chart");
    expect(auto["theme"]).toBeUndefined(); // auto: the reader's scheme, as without JavaScript
    const junk = embedPage({ search: "?view=map&theme=%3Cscript%3E" }).root.dataset;
    expect([junk["view"], junk["theme"]]).toEqual([undefined, undefined]);
  });

  test("posts its height, rounded up, to the host's origin from ancestorOrigins, on each change of size", () => {
    const page = embedPage({ ancestors: [HOST], referrer: "https://stale.example/" });
    page.resized();
    expect(page.posted).toEqual([[{ type: RESIZE_TYPE, chart: "takedowns-over-time", version: "live", height: 513 }, HOST]]);
    page.resized(); // same height: nothing new
    expect(page.posted).toHaveLength(1);
  });

  test("falls back to the referrer's origin", () => {
    const page = embedPage({ referrer: `${HOST}/2026/11/story.html?x=1` });
    page.resized();
    expect(page.posted[0]?.[1]).toBe(HOST);
  });

  test("with the host's origin unknown, posts nothing (never to *) until its parent asks; then answers to the asker's origin", () => {
    const page = embedPage({ referrer: "" });
    page.resized();
    expect(page.posted).toEqual([]);
    page.message({}, HOST, { type: REQUEST_TYPE }); // not from its parent
    expect(page.posted).toEqual([]);
    page.message(page.parent, HOST, { type: "something-else" });
    expect(page.posted).toEqual([]);
    page.message(page.parent, HOST, { type: REQUEST_TYPE });
    expect(page.posted).toEqual([[{ type: RESIZE_TYPE, chart: "takedowns-over-time", version: "live", height: 513 }, HOST]]);
  });

  test("not in a frame: observes nothing and posts nothing", () => {
    const page = embedPage({ framed: false, ancestors: [HOST] });
    expect(page.observers).toEqual([]);
    expect(page.posted).toEqual([]);
  });
});

describe("the scripts' pure helpers", () => {
  test("embedAddress(src, origin)", () => {
    expect(embedAddress(`${SITE}/embed/a-b/?view=chart&theme=auto`, SITE)).toEqual({ chart: "a-b", version: "live" });
    expect(embedAddress(`${SITE}/embed/a-b/1.2.3/`, SITE)).toEqual({ chart: "a-b", version: "1.2.3" });
    for (const src of [`${SITE}/embed/a-b`, `${SITE}/embed/a-b/x/`, `${SITE}/embed.js`, "https://evil.example/embed/a/", "not a url", ""]) {
      expect(embedAddress(src, SITE), src).toBeNull();
    }
  });
  test("heightFor(data, address, config)", () => {
    const at = { chart: "a", version: "live" };
    expect(heightFor({ type: RESIZE_TYPE, chart: "a", version: "live", height: 99.1 }, at, LISTENER_CONFIG)).toBe(100);
    expect(heightFor({ type: RESIZE_TYPE, chart: "a", version: "live", height: 450.01 }, at, LISTENER_CONFIG)).toBe(451);
    expect(heightFor(null, at, LISTENER_CONFIG)).toBeNull();
    expect(heightFor({ type: RESIZE_TYPE, chart: "a", version: "live", height: Number.NaN }, at, LISTENER_CONFIG)).toBeNull();
  });
  test("httpOrigin, knownHostOrigin and pick", () => {
    expect(httpOrigin("https://a.example:8443/x?y")).toBe("https://a.example:8443");
    expect([httpOrigin("null"), httpOrigin("file:///x"), httpOrigin("javascript:alert(1)"), httpOrigin(""), httpOrigin(undefined)]).toEqual([null, null, null, null, null]);
    expect(knownHostOrigin(["https://a.example"], "https://b.example/")).toBe("https://a.example");
    expect(knownHostOrigin(undefined, "https://b.example/page")).toBe("https://b.example");
    expect(knownHostOrigin([], "")).toBeNull();
    expect([pick("table", ["chart", "table"]), pick("x", ["chart"]), pick(null, ["chart"])]).toEqual(["table", null, null]);
  });
});
