/**
 * The embed protocol in one place: the options an embed URL takes, the messages
 * an embed and its host exchange, and the bounds the host enforces. The two
 * browser scripts (src/components/islands/embed-frame.ts and embed-listener.ts)
 * receive these values as their config when served, so they cannot drift.
 *
 * Messages (both plain objects sent with `postMessage`):
 * - embed -> host: `{ type: "takedown-explorer:resize", chart: "<chart id>",
 *   version: "<collection version, or live>", height: <CSS px, an integer> }`,
 *   sent from a ResizeObserver on the embed's document element, and again when
 *   asked. Sent only to the host page's origin, never to "*".
 * - host -> embed: `{ type: "takedown-explorer:request-height" }`, which the
 *   listener sends when it starts and when an embed loads, so an embed that
 *   loaded before the listener still gets measured. It carries no data.
 */

/** `?view=`: what the embed shows. */
export const EMBED_VIEWS = ["chart", "table"] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** `?theme=`: `auto` follows the reader's colour scheme (prefers-color-scheme). */
export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The version of a live embed, which follows data updates. */
export const LIVE = "live";

export const RESIZE_TYPE = "takedown-explorer:resize";
export const REQUEST_TYPE = "takedown-explorer:request-height";

/** Heights the listener accepts are clamped to this range (CSS px). */
export const HEIGHT_RANGE = { min: 100, max: 10000 } as const;

/** Config of the embed page's script (served at /embed/frame.js). */
export interface FrameConfig {
  readonly resize: string;
  readonly request: string;
  readonly views: readonly string[];
  readonly themes: readonly string[];
}

/** Config of the host page's listener (served at /embed.js). */
export interface ListenerConfig {
  readonly resize: string;
  readonly request: string;
  readonly min: number;
  readonly max: number;
}

export const FRAME_CONFIG: FrameConfig = { resize: RESIZE_TYPE, request: REQUEST_TYPE, views: EMBED_VIEWS, themes: EMBED_THEMES };
export const LISTENER_CONFIG: ListenerConfig = { resize: RESIZE_TYPE, request: REQUEST_TYPE, ...HEIGHT_RANGE };
