/**
 * The script of every embed page (/embed/<chart>/ and /embed/<chart>/<version>/),
 * served as a classic script at /embed/frame.js and loaded in the page's head,
 * so the view and theme are set before the first paint. It:
 * - applies `?view=chart|table` and `?theme=light|dark|auto` as `data-view` and
 *   `data-theme` on <html> (the page's CSS does the rest). Without a valid value
 *   the page stays as it is without JavaScript: both views, the reader's scheme;
 * - when framed, posts the document's height to the host page from a
 *   ResizeObserver (see src/lib/embed/protocol.ts for the message), and again
 *   when the host's listener asks.
 *
 * Served as written, minus its types (src/lib/embed/scripts.ts), so it may
 * import types only; the config comes from protocol.ts when it is served.
 */
import type { FrameConfig } from "../../lib/embed/protocol.ts";

/** `value` if it is one of `allowed`, else null. */
export function pick(value: string | null, allowed: readonly string[]): string | null {
  return value !== null && allowed.includes(value) ? value : null;
}

/** The origin of an http(s) URL, else null (opaque origins such as "null" included). */
export function httpOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host page's origin, when the browser says: `location.ancestorOrigins`
 * (Chromium, Safari) names it even when the host sends no referrer; else the
 * referrer, which for a frame is the page that loaded it. Null when unknown.
 */
export function knownHostOrigin(ancestors: ArrayLike<string> | undefined, referrer: string): string | null {
  return httpOrigin(ancestors?.[0]) ?? httpOrigin(referrer);
}

/** Whether `data` is the listener's request for a height. */
export function isHeightRequest(data: unknown, type: string): boolean {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === type;
}

export function embedFrame(config: FrameConfig): void {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  const view = pick(query.get("view"), config.views);
  const theme = pick(query.get("theme"), config.themes);
  if (view) root.dataset["view"] = view;
  if (theme && theme !== "auto") root.dataset["theme"] = theme;

  const host = window.parent;
  if (host === window) return; // not in a frame: nobody to tell

  // When the host's origin is unknown, nothing is posted until the listener asks: its request's origin is vouched
  // for by the browser. Posting to "*" would be harmless (a height is public) but is never needed, so never done.
  let origin = knownHostOrigin(location.ancestorOrigins, document.referrer);
  const chart = root.dataset["chart"] ?? "";
  const version = root.dataset["version"] ?? "live";
  let sent = -1;

  function report(force: boolean): void {
    if (origin === null) return;
    // The document element's own height, not scrollHeight, which never drops below the frame's height.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    host.postMessage({ type: config.resize, chart, version, height }, origin);
  }

  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => report(false)).observe(root);
  } else {
    window.addEventListener("load", () => report(false));
    window.addEventListener("resize", () => report(false));
  }
  window.addEventListener("message", (event) => {
    if (event.source !== host || !isHeightRequest(event.data, config.request)) return;
    origin = httpOrigin(event.origin) ?? origin;
    report(true);
  });
}
