/**
 * Embed addresses and the snippets readers copy, as pure functions (the chart
 * page renders them at build time; its Embed view's options script calls the
 * same functions in the browser, so the two cannot differ).
 *
 * Every option is always written into the embed address (`?view=chart&theme=auto`),
 * so a later change of the site's defaults cannot change an embed already
 * published somewhere else.
 */
import { escapeMarkup } from "../format/markup.ts";
import { SITE_NAME } from "../identity/site.ts";
import { EMBED_THEMES, EMBED_VIEWS, LIVE, type EmbedTheme, type EmbedView } from "./protocol.ts";

export interface EmbedOptions {
  readonly view: EmbedView;
  readonly theme: EmbedTheme;
  /** `live`, or a collection version such as `1.0.0` for a pinned embed. */
  readonly version: string;
}

/** What a snippet is written for when nobody chooses otherwise. */
export const DEFAULT_EMBED: EmbedOptions = { view: "chart", theme: "auto", version: LIVE };

/** Heights (CSS px) of a chart's embed, per view: the first height before the embed reports its own, and the fixed height of the snippet without script. */
export type EmbedHeights = Readonly<Record<EmbedView, { readonly initial: number; readonly fixed: number }>>;

export interface SnippetChart {
  readonly id: string;
  readonly title: string;
  readonly heights: EmbedHeights;
}

const ID = /^[a-z0-9-]+$/;
const VERSION = /^\d+\.\d+\.\d+$/;

/** Whether `version` names a pinned embed (`1.0.0`) or the live one. */
export function isEmbedVersion(version: string): boolean {
  return version === LIVE || VERSION.test(version);
}

function checkAddress(chartId: string, version: string): void {
  if (!ID.test(chartId)) throw new RangeError(`chart id ${JSON.stringify(chartId)} is not [a-z0-9-]`);
  if (!isEmbedVersion(version)) throw new RangeError(`embed version ${JSON.stringify(version)} is neither "live" nor MAJOR.MINOR.PATCH`);
}

/** `/embed/<chart>/` (live) or `/embed/<chart>/<version>/` (pinned). */
export function embedPath(chartId: string, version: string = LIVE): string {
  checkAddress(chartId, version);
  return version === LIVE ? `/embed/${chartId}/` : `/embed/${chartId}/${version}/`;
}

/** `?view=chart&theme=auto`: both options, always, in this order. */
export function embedQuery(options: Pick<EmbedOptions, "view" | "theme">): string {
  if (!EMBED_VIEWS.includes(options.view)) throw new RangeError(`unknown embed view ${JSON.stringify(options.view)}`);
  if (!EMBED_THEMES.includes(options.theme)) throw new RangeError(`unknown embed theme ${JSON.stringify(options.theme)}`);
  return `?view=${options.view}&theme=${options.theme}`;
}

/** The origin of the site's address (`https://takedown-explorer.example`), without a trailing slash. */
export function siteOrigin(site: URL | string): string {
  const url = new URL(String(site));
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new RangeError(`site ${url.href} is not http(s)`);
  return url.origin;
}

/** The embed's address: on `origin` when given (absolute, for snippets), else site-relative. */
export function embedSrc(chartId: string, options: EmbedOptions, origin = ""): string {
  return `${origin}${embedPath(chartId, options.version)}${embedQuery(options)}`;
}

/** The listener script's address. */
export function listenerSrc(origin = ""): string {
  return `${origin}/embed.js`;
}

const attr = escapeMarkup;

/** The iframe's accessible name: what it holds and where it comes from. */
export function embedTitle(chartTitle: string, view: EmbedView): string {
  return `${chartTitle}: ${view} from ${SITE_NAME}`;
}

/**
 * The HTML a reader pastes into their page. With `script` (the default): the
 * iframe at its initial height, then the listener that keeps it the height of
 * its content. Without: the iframe alone at a fixed height, for hosts that
 * strip scripts (the frame then scrolls if its content is taller).
 */
export function embedSnippet(chart: SnippetChart, options: EmbedOptions, origin: string, script = true): string {
  const heights = chart.heights[options.view];
  const src = embedSrc(chart.id, options, origin);
  // The address is built from checked parts only ([a-z0-9-] ids, digits, known option words), so it needs no escaping;
  // `&theme=` is not a character reference, so the raw `&` is valid HTML and the address reads as it is.
  const iframe = `<iframe src="${src}" title="${attr(embedTitle(chart.title, options.view))}" loading="lazy" style="width:100%;border:0" height="${script ? heights.initial : heights.fixed}"></iframe>`;
  return script ? `${iframe}\n<script src="${listenerSrc(origin)}" async></script>` : iframe;
}
