/**
 * Scales and positions for the takedowns-over-time chart at one width: where
 * every mark, period bar, guide line, event line and label goes. Plain numbers
 * only; `draw.ts` turns them into SVG nodes, and tests check them directly.
 */
import { scaleLinear, type ScaleLinear, type ScaleTime } from "d3";
import type { Datasets, PolicyEvent, Takedown } from "../../data/schemas.ts";
import { formatFigureShort } from "../../format/numbers.ts";
import { unitLabel } from "../../format/labels.ts";
import { markStyle, type MarkStyle } from "../core/marks.ts";
import { UNIT_CLASS } from "../core/roles.ts";
import { startOf } from "../core/time.ts";
import { halfYearDomain, timeScale } from "../core/time-axis.ts";
import { textWidth, wrapText } from "../core/text.ts";
import { KEY_EVENTS, REFERRING_BODY, REFERRING_BODY_SHORT } from "../../identity/subjects.ts";
import { eventTime, keyEvents, periodFigures, pointTime, runningTotals } from "./data.ts";
import { AXIS_LABELS, COUNT_TICK_TARGET, DODGE_OVERLAP, RIGHT_EDGE_INSET, SHORT_UNIT_CHARS, EVENT_LABEL_GAP, EVENT_LABEL_PADDING, EVENT_ROW_HEIGHT, EVENT_ROWS, LABEL_GAP, LABEL_NUDGE, LABEL_PADDING, PANEL_HEIGHT, PERIOD_START_GAP, PERIODS_TITLE_DROP, sizes, TITLE, TOTALS_GAP, type Sizes } from "./sizes.ts";
import { around, dodgeX, placeLabels, type Box, type LabelRequest, type Obstacle, type PlacedLabel, type Segment, type Side } from "../core/label-placement.ts";

type Unit = Takedown["unit"];

// One colour per unit, shared with every chart.
export { UNIT_CLASS };

export interface Point {
  readonly row: Takedown;
  readonly panel: "totals" | "periods";
  /** Where the mark is drawn (moved sideways only when two marks would hide each other). */
  readonly x: number;
  /** Where the figure's period ends on the time axis. */
  readonly trueX: number;
  readonly y: number;
  /** Start of the period bar (periods panel only). */
  readonly x0: number | null;
  readonly style: MarkStyle;
  readonly unitClass: string;
  readonly conflict: boolean;
  readonly lines: readonly string[];
  readonly label: PlacedLabel;
}

export interface Connector extends Segment {
  readonly from: string;
  readonly to: string;
  /** The unit both ends share, or null where the unit changes (drawn dashed). */
  readonly unit: Unit | null;
}

export interface EventMark {
  readonly row: PolicyEvent;
  readonly x: number;
  readonly text: string;
  readonly label: PlacedLabel;
}

export interface Panel {
  readonly title: readonly string[];
  readonly titleTop: number;
  readonly top: number;
  readonly bottom: number;
  readonly y: ScaleLinear<number, number>;
}

export interface Geometry {
  readonly width: number;
  readonly sizes: Sizes;
  readonly x: ScaleTime<number, number>;
  readonly totals: Panel;
  readonly periods: Panel;
  readonly points: readonly Point[];
  readonly connectors: readonly Connector[];
  readonly events: readonly EventMark[];
  /** Top of the event labels' band and the bottom of the time axis labels. */
  readonly eventTop: number;
  readonly axisBottom: number;
}

/** Label lines: the figure with its qualifier symbol, then (regular width) the unit; non-NCA figures always name their body. */
export function labelLines(row: Takedown, compact: boolean): string[] {
  const figure = formatFigureShort(row.value, row.qualifier, row.unit);
  const body = row.reporting_body === REFERRING_BODY ? "" : row.reporting_body;
  if (compact) return body ? [figure, body] : [figure];
  const unit = body ? `${unitLabel(row.unit)} (${body})` : unitLabel(row.unit);
  // A short unit fits on the figure's line; a long one goes underneath.
  return unit.length <= SHORT_UNIT_CHARS ? [`${figure} ${unit}`] : [figure, unit];
}

const labelSize = (lines: readonly string[], s: Sizes) => ({
  width: Math.max(...lines.map((l) => textWidth(l, s.font))),
  height: (lines.length - 1) * s.lineHeight + s.font,
});

/** Every date the chart places something at: figures, the start of each period, and the key events. */
function datesDrawn(totals: readonly Takedown[], periods: readonly Takedown[], events: readonly PolicyEvent[]): Date[] {
  return [...totals.map(pointTime), ...periods.flatMap((p) => [startOf(p.period_start), pointTime(p)]), ...events.map(eventTime)];
}

function panelAt(title: readonly string[], titleTop: number, top: number, height: number, max: number, s: Sizes): Panel {
  const y = scaleLinear().domain([0, Math.max(1, max)]).nice(COUNT_TICK_TARGET).range([top + height, top + s.font]);
  return { title, titleTop, top, bottom: top + height, y };
}

const markBox = (x: number, y: number, half: number): Box => ({ left: x - half, right: x + half, top: y - half, bottom: y + half });

const TOTAL_SIDES: readonly Side[] = ["left", "above-end", "right", "below-start", "above-start", "below-end"];
const PERIOD_SIDES: readonly Side[] = ["right", "above-end", "below-end", "above-start", "below-start"];

export function layout(data: Pick<Datasets, "takedowns" | "events">, width: number): Geometry {
  const s = sizes(width);
  const totals = runningTotals(data);
  const periods = periodFigures(data);
  const events = keyEvents(data.events);
  if (totals.length + periods.length === 0) throw new Error("takedowns-over-time: no figures to draw");
  const x = timeScale(halfYearDomain(datesDrawn(totals, periods, events)), s.left, s.right);

  // Event labels sit in a band of up to three rows between the first panel's title and its plot.
  const titleHeight = (lines: readonly string[]) => lines.length * (s.font + TITLE.fontStep) * TITLE.lineHeight + TITLE.gap;
  const totalsTitle = wrapText(`Running totals removed after ${REFERRING_BODY_SHORT} referral`, width, s.font + TITLE.fontStep, true);
  const eventTop = titleHeight(totalsTitle);
  const rowH = s.font * EVENT_ROW_HEIGHT;
  const eventText = (e: PolicyEvent) => {
    const short = KEY_EVENTS.find((k) => k.id === e.id);
    return short ? (s.compact ? short.compact : short.regular) : e.title;
  };
  // Right to left, each label beside its line; a line runs down from its label, so no label may cross another's line.
  const bandBottom = eventTop + EVENT_ROWS * rowH;
  const eventRequests: LabelRequest[] = [...events]
    .sort((a, b) => eventTime(b).getTime() - eventTime(a).getTime())
    .map((e) => {
      const ex = x(eventTime(e));
      return {
        id: e.id,
        candidates: Array.from({ length: EVENT_ROWS }, (_r, r) => r).flatMap((r) =>
          around(ex, eventTop + r * rowH + s.font / 2, textWidth(eventText(e), s.font), s.font, EVENT_LABEL_GAP, ["right", "left"]).map((c) => ({
            ...c,
            leader: { x1: ex, x2: ex, y1: c.box.top, y2: bandBottom },
          })),
        ),
      };
    });
  const eventLabels = placeLabels(eventRequests, { bounds: { left: 0, right: width, top: eventTop, bottom: bandBottom }, padding: EVENT_LABEL_PADDING });
  const eventMarks: EventMark[] = events.map((row) => {
    const label = eventLabels.find((l) => l.id === row.id);
    if (!label) throw new Error(`takedowns-over-time: no label placed for event ${row.id}`);
    return { row, x: x(eventTime(row)), text: eventText(row), label };
  });

  const maxOf = (rows: readonly Takedown[]) => Math.max(0, ...rows.map((r) => r.value));
  const totalsTop = Math.max(...eventLabels.map((l) => l.box.bottom)) + TOTALS_GAP;
  const totalsPanel = panelAt(totalsTitle, 0, totalsTop, s.compact ? PANEL_HEIGHT.totals.compact : PANEL_HEIGHT.totals.regular, maxOf(totals), s);
  const periodsTitleTop = totalsPanel.bottom + PERIODS_TITLE_DROP * s.font;
  const periodsTitle = wrapText("Removed within each stated period", width, s.font + TITLE.fontStep, true);
  const periodsPanel = panelAt(periodsTitle, periodsTitleTop, periodsTitleTop + titleHeight(periodsTitle), s.compact ? PANEL_HEIGHT.periods.compact : PANEL_HEIGHT.periods.regular, maxOf(periods), s);

  // Marks: totals at the end of their period; marks that would hide each other are set side by side.
  const totalY = totals.map((t) => totalsPanel.y(t.value));
  const totalX = dodgeX(totals.map((t, i) => ({ x: x(pointTime(t)), y: totalY[i] ?? 0 })), 2 * s.ring[0] - DODGE_OVERLAP);
  const base = [
    ...totals.map((row, i) => ({ row, panel: "totals" as const, x: totalX[i] ?? 0, y: totalY[i] ?? 0, x0: null })),
    ...periods.map((row) => ({ row, panel: "periods" as const, x: x(pointTime(row)), y: periodsPanel.y(row.value), x0: x(startOf(row.period_start)) })),
  ];

  const connectors: Connector[] = [];
  const nca = base.filter((p) => p.panel === "totals" && p.row.reporting_body === REFERRING_BODY);
  nca.slice(1).forEach((b, i) => {
    const a = nca[i];
    if (a) connectors.push({ from: a.row.id, to: b.row.id, unit: a.row.unit === b.row.unit ? a.row.unit : null, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  });

  const eventSegments = (p: Panel): Segment[] => eventMarks.map((e) => ({ x1: e.x, x2: e.x, y1: p.top, y2: p.bottom }));
  const half = (conflict: boolean) => (conflict ? s.ring[0] : s.markHalf);
  const obstacles = (panel: "totals" | "periods"): Obstacle[] => [
    ...base.filter((p) => p.panel === panel).map((p) => markBox(p.x, p.y, half(p.row.conflicts_with.length > 0))),
    ...(panel === "totals" ? connectors : base.filter((p) => p.panel === "periods").map((p) => ({ x1: p.x0 ?? p.x, x2: p.x, y1: p.y, y2: p.y }))),
  ];
  const labelsFor = (panel: "totals" | "periods", p: Panel) => {
    const obs = obstacles(panel);
    const requests = base
      .filter((b) => b.panel === panel)
      .map((b) => {
        const lines = labelLines(b.row, s.compact);
        const { width: w, height: h } = labelSize(lines, s);
        const gap = half(b.row.conflicts_with.length > 0) + LABEL_GAP;
        // A period figure's label goes by its end mark, or failing that before the start of its bar.
        const candidates =
          b.x0 === null ? around(b.x, b.y, w, h, gap, TOTAL_SIDES) : [...around(b.x, b.y, w, h, gap, PERIOD_SIDES), ...around(b.x0, b.y, w, h, PERIOD_START_GAP, ["left"])];
        return { id: b.row.id, candidates };
      });
    return placeLabels(requests, { bounds: { left: s.left + LABEL_PADDING, right: width - RIGHT_EDGE_INSET, top: p.top, bottom: p.bottom - LABEL_PADDING }, obstacles: obs, soft: eventSegments(p), padding: LABEL_PADDING, spacing: s.font * LABEL_NUDGE });
  };
  const placed = new Map([...labelsFor("totals", totalsPanel), ...labelsFor("periods", periodsPanel)].map((l) => [l.id, l]));

  const points: Point[] = base.map((b) => {
    const label = placed.get(b.row.id);
    if (!label) throw new Error(`takedowns-over-time: no label placed for ${b.row.id}`);
    return {
      ...b,
      trueX: x(pointTime(b.row)),
      style: markStyle(b.row.qualifier),
      unitClass: UNIT_CLASS[b.row.unit],
      conflict: b.row.conflicts_with.length > 0,
      lines: labelLines(b.row, s.compact),
      label,
    };
  });

  return { width, sizes: s, x, totals: totalsPanel, periods: periodsPanel, points, connectors, events: eventMarks, eventTop, axisBottom: periodsPanel.bottom + s.font * AXIS_LABELS };
}
