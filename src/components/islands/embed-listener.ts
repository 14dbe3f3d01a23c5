/**
 * The host page's listener, served at /embed.js and included by the embed
 * snippet after the iframe. It resizes each Takedown Explorer iframe to the
 * height its page reports. A message is only acted on when
 * - its origin is the site's (the origin this script was loaded from), and
 * - it comes from that very iframe's window (`event.source`), and
 * - it is a resize message naming the chart and version in that iframe's address;
 * the height is then clamped to a sane range. Anything else is ignored, so a
 * page or frame of any other origin cannot resize an embed.
 *
 * Including it twice (two snippets on one page) is harmless: the second copy
 * finds the first's mark and stops. Served as written, minus its types (see
 * src/lib/embed/scripts.ts), so it may import types only.
 */
import type { ListenerConfig } from "../../lib/embed/protocol.ts";

export interface EmbedAddress {
  readonly chart: string;
  readonly version: string;
}

/** The chart and version an embed address names (`<origin>/embed/<chart>/`, or with `<version>/`), else null. */
export function embedAddress(src: string, origin: string): EmbedAddress | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  const match = url.origin === origin ? /^\/embed\/([a-z0-9-]+)\/(?:(\d+\.\d+\.\d+)\/)?$/.exec(url.pathname) : null;
  return match ? { chart: match[1] ?? "", version: match[2] ?? "live" } : null;
}

/** The height for an iframe showing `address` when its window sends `data`, or null if `data` is not its resize message. */
export function heightFor(data: unknown, address: EmbedAddress, config: ListenerConfig): number | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  const height = message["height"];
  if (message["type"] !== config.resize || message["chart"] !== address.chart || message["version"] !== address.version) return null;
  if (typeof height !== "number" || !Number.isFinite(height)) return null;
  return Math.min(config.max, Math.max(config.min, Math.ceil(height)));
}

export function embedListener(config: ListenerConfig): void {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return; // needs a classic <script src>
  // The embeds' origin is the origin this script was served from.
  const origin = new URL(script.src).origin;
  const marks = window as unknown as Record<string, boolean | undefined>;
  const mark = `takedownExplorerEmbeds ${origin}`;
  if (marks[mark]) return;
  marks[mark] = true;

  const frames = () => Array.from(document.getElementsByTagName("iframe")).filter((frame) => embedAddress(frame.src, origin) !== null);
  const ask = (frame: HTMLIFrameElement, target: string) => frame.contentWindow?.postMessage({ type: config.request }, target);

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || event.source === null) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      const address = embedAddress(frame.src, origin);
      const height = address && heightFor(event.data, address, config);
      if (height) frame.style.height = `${height}px`;
    }
  });
  // Each embed that loads from now on is asked for its height (load events reach the document in the capture phase),
  // in case it could not tell this page's origin by itself (no referrer, no ancestorOrigins).
  document.addEventListener(
    "load",
    (event) => {
      const frame = event.target;
      if (frame instanceof HTMLIFrameElement && embedAddress(frame.src, origin)) ask(frame, origin);
    },
    true,
  );
  // Embeds that loaded before this script ran have already reported to nobody: ask them again. They may still hold
  // the initial about:blank document of this page's origin, so the request (which carries no data) goes to "*"
  // rather than make the browser log a mismatch; the embed answers only to its parent, at its parent's origin.
  for (const frame of frames()) ask(frame, "*");
}
