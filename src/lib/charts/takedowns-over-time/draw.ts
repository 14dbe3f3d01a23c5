/** The takedowns-over-time geometry as SVG nodes: axes, event lines, guide lines, period bars, marks, labels, legend. */
import type { Datasets, PolicyEvent, Source, Takedown } from "../../data/schemas.ts";
import { formatDate, formatPeriod } from "../../format/dates.ts";
import { unitLabel } from "../../format/labels.ts";
import { formatFigure } from "../../format/numbers.ts";
import { countTicks, valueAxis } from "../core/axes.ts";
import type { ChartModel } from "../core/frame.ts";
import { hitArea } from "../core/hit-area.ts";
import { legendItems, legendRow, type LegendItem } from "../core/legend.ts";
import { markPath, qualifierLegend } from "../core/marks.ts";
import { el, num, type SvgNode } from "../core/svg-tree.ts";
import { describe, sourceName } from "./data.ts";
import { layout, UNIT_CLASS, type Geometry, type Panel, type Point } from "./layout.ts";
import { gapsAround, type PlacedLabel } from "../core/label-placement.ts";
import { BASELINE_FROM_TOP } from "../core/text.ts";
import { DAY_MS } from "../core/time.ts";
import { AXIS_LABEL_GAP, BOTTOM_PAD, GRID_TOP, LEGEND_KEY, PERIOD_TICK, STROKE, TIME_TICK_TARGET, TITLE, UNIT_CHANGE_DASH, YEAR_LABEL_DROP, YEAR_LABEL_MIN_DAYS } from "./sizes.ts";

/** An annulus centred on (x, y): drawn filled with `chart-alert`, so the theme's one alert colour is the ring's. */
function ring(x: number, y: number, outer: number, inner: number): SvgNode {
  const circle = (r: number, sweep: 0 | 1) => `M${-r},0a${r},${r} 0 1,${sweep} ${2 * r},0a${r},${r} 0 1,${sweep} ${-2 * r},0Z`;
  return el("path", { d: `${circle(outer, 0)}${circle(inner, 1)}`, "fill-rule": "evenodd", "stroke-width": 0, transform: `translate(${num(x)},${num(y)})`, class: "conflict-ring chart-alert" });
}

/** A label's text, one <tspan> per line, aligned within its placed box. */
function labelText(label: PlacedLabel, lines: readonly string[], g: Geometry, className: string): SvgNode {
  const { font, lineHeight } = g.sizes;
  const { box, align } = label;
  const x = align === "start" ? box.left : align === "end" ? box.right : (box.left + box.right) / 2;
  return el(
    "text",
    { x: num(x), y: num(box.top + font * BASELINE_FROM_TOP), "font-size": font, "text-anchor": align, class: className },
    ...lines.map((line, i) => el("tspan", { x: num(x), dy: i === 0 ? 0 : num(lineHeight), class: i === 0 ? undefined : "chart-muted" }, line)),
  );
}

/** The plain-text tooltip of a figure: period, figure with qualifier and unit, reporting body, source publisher. */
export function figureTip(row: Takedown, source: Source | undefined): string {
  const kind = row.aggregation === "cumulative" ? "Running total" : "Removed in this period";
  const conflict = row.conflicts_with.length > 0 ? " Conflicts with another published figure." : "";
  return `${kind}, ${formatPeriod(row.period_start, row.period_end)}: ${formatFigure(row.value, row.qualifier, row.unit)} ${row.unit_as_worded} (unit: ${unitLabel(row.unit)}), removed after referral. Reported by ${row.reporting_body}; source: ${sourceName(source)}.${conflict}`;
}

export function eventTip(row: PolicyEvent, source: Source | undefined): string {
  return `${formatDate(row.date)}: ${row.title}. Source: ${sourceName(source)}.`;
}

function panelAxis(g: Geometry, panel: Panel): SvgNode[] {
  const { font, compact, left, right } = g.sizes;
  const titleFont = font + TITLE.fontStep;
  const years = g.x.ticks(TIME_TICK_TARGET).filter((d) => d.getUTCMonth() === 0);
  return [
    ...panel.title.map((line, i) =>
      el("text", { x: 0, y: num(panel.titleTop + titleFont + i * titleFont * TITLE.lineHeight), "font-size": titleFont, "font-weight": "bold" }, line),
    ),
    ...years.map((d) => el("line", { x1: num(g.x(d)), x2: num(g.x(d)), y1: num(panel.top + font * GRID_TOP), y2: num(panel.bottom), class: "chart-grid" })),
    ...valueAxis(countTicks(panel.y, compact), { left, right, fontSize: font, labelGap: AXIS_LABEL_GAP, zero: "axis" }),
  ];
}

/** Year labels centred on the part of each year the axis shows, so a calendar-year bar sits over its year. */
function yearLabels(g: Geometry): SvgNode[] {
  const [start, end] = g.x.domain() as [Date, Date];
  const nodes: SvgNode[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    const a = Math.max(start.getTime(), Date.UTC(year, 0, 1));
    const b = Math.min(end.getTime(), Date.UTC(year + 1, 0, 1));
    if (b - a < YEAR_LABEL_MIN_DAYS * DAY_MS) continue;
    nodes.push(el("text", { x: num(g.x(new Date((a + b) / 2))), y: num(g.periods.bottom + g.sizes.font + YEAR_LABEL_DROP), "font-size": g.sizes.font, "text-anchor": "middle" }, String(year)));
  }
  return nodes;
}

function pointNodes(p: Point, g: Geometry, source: Source | undefined): SvgNode {
  const { markArea, ring: radii } = g.sizes;
  const bar =
    p.x0 === null
      ? []
      : [
          el("line", { x1: num(p.x0), x2: num(p.x), y1: num(p.y), y2: num(p.y), "stroke-width": STROKE.periodBar, class: `period-bar ${p.unitClass}` }),
          el("line", { x1: num(p.x0), x2: num(p.x0), y1: num(p.y - PERIOD_TICK), y2: num(p.y + PERIOD_TICK), "stroke-width": STROKE.periodStart, class: `period-start ${p.unitClass}` }),
        ];
  return el(
    "g",
    { class: "datum", "data-tip": figureTip(p.row, source), "data-id": p.row.id },
    hitArea(p.x, p.y, g.width),
    ...bar,
    p.conflict && ring(p.x, p.y, radii[0], radii[1]),
    markPath(p.style, p.x, p.y, markArea, p.unitClass),
    labelText(p.label, p.lines, g, p.unitClass),
  );
}

const CONFLICT_TEXT = "Conflicts with another published figure";

function legend(g: Geometry, top: number): { nodes: SvgNode[]; height: number } {
  const units = [...new Set(g.points.map((p) => p.row.unit))];
  const unitItems: LegendItem[] = units.map((u) => ({
    mark: null,
    text: unitLabel(u),
    swatch: (cx, cy, size) => [el("line", { x1: num(cx - size / 2), x2: num(cx + size / 2), y1: num(cy), y2: num(cy), "stroke-width": STROKE.periodBar, class: UNIT_CLASS[u] })],
  }));
  const flags: LegendItem[] = [];
  if (g.points.some((p) => p.x0 !== null))
    flags.push({
      mark: null,
      text: "Period a figure covers",
      swatch: (cx, cy, size) => [
        el("line", { x1: num(cx - size / 2 - LEGEND_KEY.lineOverhang), x2: num(cx + size / 2 + LEGEND_KEY.lineOverhang), y1: num(cy), y2: num(cy), "stroke-width": STROKE.periodBar, class: "series-6" }),
        el("line", {
          x1: num(cx - size / 2 - LEGEND_KEY.lineOverhang),
          x2: num(cx - size / 2 - LEGEND_KEY.lineOverhang),
          y1: num(cy - LEGEND_KEY.tick),
          y2: num(cy + LEGEND_KEY.tick),
          "stroke-width": STROKE.periodStart,
          class: "series-6",
        }),
      ],
    });
  if (g.points.some((p) => p.conflict)) flags.push({ mark: null, text: CONFLICT_TEXT, swatch: (cx, cy) => [ring(cx, cy, g.sizes.ring[0] * LEGEND_KEY.ringScale, g.sizes.ring[1] * LEGEND_KEY.ringScale)] });
  if (g.connectors.some((c) => c.unit === null))
    flags.push({ mark: null, text: "Unit differs between the totals joined", swatch: (cx, cy, size) => [
        el("line", { x1: num(cx - size / 2 - LEGEND_KEY.dashOverhang), x2: num(cx + size / 2 + LEGEND_KEY.dashOverhang), y1: num(cy), y2: num(cy), "stroke-dasharray": UNIT_CHANGE_DASH, class: "chart-axis" }),
      ],
    });
  const conflict = flags.filter((f) => f.text === CONFLICT_TEXT);
  // On a phone the key keeps the colours and the ring, which nothing else on the chart explains; the labels carry the
  // qualifier's symbol, and the notes say what shapes, period bars and the dashed line mean.
  const items = g.sizes.compact ? [...unitItems, ...conflict] : [...unitItems, ...legendItems(qualifierLegend(g.points.map((p) => p.row.qualifier)), "series-6"), ...flags];
  return legendRow(items, 0, top, g.width, g.sizes.font);
}

/** Geometry and SVG for one width. */
export function buildTakedownsOverTime(data: Pick<Datasets, "takedowns" | "events" | "sources">, width: number): ChartModel {
  const g = layout(data, width);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  // Event lines break around the figures' labels they would otherwise run through.
  const labelBoxes = (panel: Point["panel"]) => g.points.filter((p) => p.panel === panel).map((p) => p.label.box);
  const eventLine = (x: number, y1: number, y2: number, panel: Point["panel"]) =>
    gapsAround(x, y1, y2, labelBoxes(panel)).map(([a, b]) => el("line", { x1: num(x), x2: num(x), y1: num(a), y2: num(b), class: "chart-event" }));
  const eventNodes = g.events.map((e) =>
    el(
      "g",
      { class: "datum event", "data-tip": eventTip(e.row, sources.get(e.row.source_id)), "data-id": e.row.id },
      ...eventLine(e.x, e.label.box.top, g.totals.bottom, "totals"),
      ...eventLine(e.x, g.periods.top, g.periods.bottom, "periods"),
      labelText(e.label, [e.text], g, "chart-muted"),
    ),
  );
  const guides = g.connectors.map((c) =>
    c.unit === null
      ? el("line", { x1: num(c.x1), y1: num(c.y1), x2: num(c.x2), y2: num(c.y2), "stroke-dasharray": UNIT_CHANGE_DASH, class: "guide unit-change chart-axis" })
      : el("line", { x1: num(c.x1), y1: num(c.y1), x2: num(c.x2), y2: num(c.y2), "stroke-width": STROKE.guide, class: `guide ${UNIT_CLASS[c.unit]}` }),
  );
  const key = legend(g, g.axisBottom + g.sizes.font);
  const points = g.points.map((p) => pointNodes(p, g, sources.get(p.row.source_id)));
  return {
    width,
    height: num(g.axisBottom + g.sizes.font + key.height + BOTTOM_PAD),
    description: describe(
      g.points.filter((p) => p.panel === "totals").map((p) => p.row),
      g.points.filter((p) => p.panel === "periods").map((p) => p.row),
      g.events.map((e) => e.row),
    ),
    plot: [
      ...panelAxis(g, g.totals),
      ...panelAxis(g, g.periods),
      ...yearLabels(g),
      el("g", { class: "events" }, ...eventNodes),
      el("g", { class: "guides" }, ...guides),
      el("g", { class: "figures" }, ...points),
      el("g", { class: "legend" }, ...key.nodes),
    ],
  };
}
