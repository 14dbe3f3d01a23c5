/**
 * The frame around a chart's plot: the accessible <svg> for pages (role="img",
 * <title>, <desc>) and the standalone image for downloads, which carries the
 * title, source line, notes, date and site name inside it.
 */
import { el, type SvgNode, type SvgElement } from "./svg-tree.ts";
import { wrapText } from "./text.ts";
import { themeCss } from "./theme.ts";

/** What a chart module produces for one width: plain geometry turned into SVG nodes. */
export interface ChartModel {
  readonly width: number;
  readonly height: number;
  /** The sentence(s) for <desc>: what is shown, the range, the latest value; generated from the data. */
  readonly description: string;
  readonly plot: readonly SvgNode[];
}

export interface FrameText {
  readonly title: string;
  readonly sourceLine: string;
  readonly notes: readonly string[];
}

/**
 * The inline chart for a page. `idPrefix` keeps the ids of <title>/<desc>
 * unique when a page holds several charts or several widths of one chart.
 */
export function pageSvg(model: ChartModel, title: string, idPrefix: string): SvgElement {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`,
      class: "chart",
    },
    el("title", { id: titleId }, title),
    el("desc", { id: descId }, model.description),
    ...model.plot,
  );
}

export interface StandaloneMeta extends FrameText {
  readonly siteName: string;
  /** The page the chart lives on. */
  readonly url: string;
  /** Date of the data shown (e.g. the latest dataset version date), never the build time. */
  readonly date: string;
}

const PAD = 16;
const TITLE_SIZE = 18;
const SMALL = 11;

function textLines(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: Record<string, string> = {}): SvgElement {
  return el(
    "text",
    { x, y, "font-size": size, ...attrs },
    ...lines.map((line, i) => el("tspan", { x, dy: i === 0 ? 0 : lineHeight }, line)),
  );
}

/** The downloadable image: header (title), the plot, footer (source, notes, date, site, URL), light theme, with a margin all round. */
export function standaloneSvg(model: ChartModel, meta: StandaloneMeta): SvgElement {
  const inner = model.width;
  const width = model.width + 2 * PAD;
  const titleLines = wrapText(meta.title, inner, TITLE_SIZE, true);
  const headerHeight = PAD + titleLines.length * TITLE_SIZE * 1.25 + 4;
  const footerLines = [
    ...wrapText(meta.sourceLine, inner, SMALL),
    ...meta.notes.flatMap((n) => wrapText(`Note: ${n}`, inner, SMALL)),
    ...wrapText(`${meta.siteName} · ${meta.url} · data as of ${meta.date}`, inner, SMALL),
  ];
  const footerHeight = footerLines.length * SMALL * 1.4 + PAD;
  const height = headerHeight + model.height + footerHeight;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": "chart-title chart-desc",
      class: "chart",
    },
    el("title", { id: "chart-title" }, meta.title),
    el("desc", { id: "chart-desc" }, model.description),
    el("style", {}, themeCss("light", ".chart")),
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }),
    textLines(titleLines, PAD, PAD + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.25, { "font-weight": "bold" }),
    el("g", { transform: `translate(${PAD},${headerHeight})` }, ...model.plot),
    textLines(footerLines, PAD, headerHeight + model.height + SMALL * 1.2, SMALL, SMALL * 1.4, { class: "chart-muted" }),
  );
}
