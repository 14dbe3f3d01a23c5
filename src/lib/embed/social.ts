/**
 * Social preview images (Open Graph and Twitter cards), 1200x630, made at
 * build time from the real chart: the site's name, the title (and, for an
 * explainer, its summary) and the source line on the left; on the right the
 * chart's regular drawing scaled to fit, or a headline figure when there is no
 * chart. Built as an SVG tree (so text is escaped and measured like every
 * chart's) and rasterised by svgToPng (charts/downloads-png.ts) with the font
 * files in node_modules, Source Sans 3 as on the site and DejaVu Sans for any
 * character it lacks, never the machine's own fonts, so the bytes are the same
 * on every machine.
 */
import type { ChartModel } from "../charts/core/frame.ts";
import { el, renderSvg, type SvgElement, type SvgNode } from "../charts/core/svg-tree.ts";
import { textWidth, wrapText } from "../charts/core/text.ts";
import { BACKGROUND, SERIES, themeCss } from "../charts/core/theme.ts";

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

/** `/charts/<id>/social.png` or `/explainers/<slug>/social.png`. */
export function socialImagePath(section: "charts" | "explainers", slug: string): string {
  if (!/^[a-z0-9-]+$/.test(slug)) throw new RangeError(`slug ${JSON.stringify(slug)} is not [a-z0-9-]`);
  return `/${section}/${slug}/social.png`;
}

export interface SocialCard {
  readonly siteName: string;
  readonly title: string;
  /** A sentence under the title (explainers). */
  readonly summary?: string;
  /** "Source: ..." or similar, at the foot of the left column. */
  readonly footer: string;
  /** The drawing to show, or a headline figure when there is none. */
  readonly art: { readonly chart: ChartModel } | { readonly figure: string; readonly caption: string } | null;
}

const W = SOCIAL_SIZE.width;
const H = SOCIAL_SIZE.height;
const PAD = 48;
const LEFT = 440; // width of the text column
const GAP = 40;
const ART = { x: PAD + LEFT + GAP, y: PAD, width: W - 2 * PAD - LEFT - GAP, height: H - 2 * PAD };
const TEXT = "#1b1f24";
const MUTED = "#4d5560";

/** At most `max` wrapped lines of `text`, the last one ending in an ellipsis when cut. */
export function clampLines(text: string, width: number, size: number, max: number, bold = false): string[] {
  const lines = wrapText(text, width, size, bold);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? "";
  while (last.length > 0 && textWidth(`${last}…`, size, bold) > width) last = last.slice(0, -1).trimEnd();
  kept[max - 1] = `${last}…`;
  return kept;
}

function block(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: Record<string, string | number>): SvgElement {
  return el("text", { x, y, "font-size": size, ...attrs }, ...lines.map((line, i) => el("tspan", { x, dy: i === 0 ? 0 : lineHeight }, line)));
}

function art(card: SocialCard): SvgNode[] {
  if (card.art === null) return [];
  if ("chart" in card.art) {
    const { chart } = card.art;
    const scale = Math.min(ART.width / chart.width, ART.height / chart.height);
    const x = ART.x + (ART.width - chart.width * scale) / 2;
    const y = ART.y + (ART.height - chart.height * scale) / 2;
    return [el("g", { transform: `translate(${x},${y}) scale(${Math.round(scale * 10000) / 10000})` }, ...chart.plot)];
  }
  const figureLines = clampLines(card.art.figure, ART.width, 72, 2, true);
  const captionLines = clampLines(card.art.caption, ART.width, 28, 4);
  const top = ART.y + ART.height / 2 - (figureLines.length * 80 + captionLines.length * 36) / 2 + 64;
  return [
    block(figureLines, ART.x, top, 72, 80, { "font-weight": "bold", fill: SERIES.light[0] }),
    block(captionLines, ART.x, top + figureLines.length * 80 - 16, 28, 36, { fill: TEXT }),
  ];
}

/** The card as an SVG tree, 1200x630 user units, light theme. */
export function socialCardTree(card: SocialCard): SvgElement {
  const titleSize = 40;
  const titleLines = clampLines(card.title, LEFT, titleSize, card.summary ? 4 : 6, true);
  const titleTop = PAD + 64 + titleSize;
  const summaryTop = titleTop + titleLines.length * titleSize * 1.2 + 12;
  const footerLines = clampLines(card.footer, LEFT, 18, 4);
  const footerTop = H - PAD - (footerLines.length - 1) * 24;
  // The summary takes the room left between the title and the footer, never overlapping either.
  const summaryRoom = Math.floor((footerTop - 18 - 24 - summaryTop) / 30);
  const summaryLines = card.summary && summaryRoom > 0 ? clampLines(card.summary, LEFT, 22, Math.min(5, summaryRoom)) : [];
  const description = card.art && "chart" in card.art ? card.art.chart.description : card.summary ?? card.title;
  return el(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-labelledby": "card-title card-desc", class: "chart" },
    el("title", { id: "card-title" }, card.title),
    el("desc", { id: "card-desc" }, description),
    el("style", {}, themeCss("light", ".chart")),
    el("rect", { x: 0, y: 0, width: W, height: H, fill: BACKGROUND.light }),
    el("rect", { x: 0, y: 0, width: W, height: 10, fill: SERIES.light[0] }),
    block([card.siteName], PAD, PAD + 28, 26, 30, { "font-weight": "bold", fill: MUTED }),
    block(titleLines, PAD, titleTop, titleSize, titleSize * 1.2, { "font-weight": "bold", fill: TEXT }),
    summaryLines.length > 0 && block(summaryLines, PAD, summaryTop + 22, 22, 30, { fill: TEXT }),
    block(footerLines, PAD, footerTop, 18, 24, { fill: MUTED }),
    ...art(card),
  );
}

/** The card as SVG text, ready to rasterise at zoom 1 (1200x630 pixels). */
export function socialCardSvg(card: SocialCard): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(socialCardTree(card))}\n`;
}
