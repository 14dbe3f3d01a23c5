/**
 * The oEmbed response for a chart (https://oembed.com/, type "rich"), served
 * as a static file per chart at /charts/<id>/oembed.json. Its `html` is the
 * snippet a reader would copy (live, with the listener script), its size the
 * snippet's initial size, its thumbnail the chart's social preview image.
 */
import { SITE_NAME } from "../identity/site.ts";
import { INITIAL_FRAME_WIDTH } from "./layout.ts";
import { SOCIAL_SIZE, socialImagePath } from "./social.ts";
import { DEFAULT_EMBED, embedSnippet, siteOrigin, type SnippetChart } from "./snippet.ts";

/** `/charts/<id>/oembed.json` */
export function oembedPath(chartId: string): string {
  return `/charts/${chartId}/oembed.json`;
}

export interface OEmbedRich {
  readonly type: "rich";
  readonly version: "1.0";
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
}

export function oembed(chart: SnippetChart, site: URL | string): OEmbedRich {
  const origin = siteOrigin(site);
  return {
    type: "rich",
    version: "1.0",
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: `${origin}/`,
    html: embedSnippet(chart, DEFAULT_EMBED, origin),
    width: INITIAL_FRAME_WIDTH,
    height: chart.heights.chart.initial,
    thumbnail_url: `${origin}${socialImagePath("charts", chart.id)}`,
    thumbnail_width: SOCIAL_SIZE.width,
    thumbnail_height: SOCIAL_SIZE.height,
  };
}

/** The response body: the object as indented JSON with a final newline. */
export function oembedJson(chart: SnippetChart, site: URL | string): string {
  return `${JSON.stringify(oembed(chart, site), null, 2)}\n`;
}
