/** Advertised-prices geometry for one width: the shared time scale and one panel frame per currency. */
import type { Price } from "../../data/schemas.ts";
import { chartFontSize, isCompact } from "../core/definition.ts";
import { spanOf, timeDomain, timeScale } from "../core/time-axis.ts";
import { facets } from "./data.ts";
import type { PanelSpec } from "./panels.ts";

/** Room left of the panels for the price axis labels. */
const LEFT_MARGIN = { compact: 48, regular: 64 };
/** Keeps the last mark's label off the right edge. */
const RIGHT_MARGIN = 10;
/** Marks at the ends of the time axis sit this far inside the panel, clear of its edges. */
const TIME_INSET = 6;
/** Panel heights by how many prices a panel holds: more prices need more room for their labels. */
const PANEL_HEIGHTS = { many: { compact: 240, regular: 250 }, some: { compact: 120, regular: 120 }, one: { compact: 70, regular: 70 } };
/** From this many prices a panel is tall; from two it is medium. */
const MANY_PRICES = 6;
/** Above the first panel: its heading, one line of text plus room. */
const FIRST_PANEL_DROP = 18;
/** Between panels: the time axis labels and the next heading (two font heights) plus room. */
const PANEL_GAP_EXTRA = 20;
/** Between the last panel and the legend: the time axis labels plus room. */
const LEGEND_GAP = 20;

function panelHeight(count: number, compact: boolean): number {
  const size = count >= MANY_PRICES ? PANEL_HEIGHTS.many : count >= 2 ? PANEL_HEIGHTS.some : PANEL_HEIGHTS.one;
  return compact ? size.compact : size.regular;
}

export interface PriceLayout {
  readonly compact: boolean;
  readonly fontSize: number;
  readonly left: number;
  readonly right: number;
  readonly x: ReturnType<typeof timeScale>;
  readonly panels: PanelSpec[];
  readonly legendTop: number;
}

export function layout(rows: readonly Price[], width: number): PriceLayout {
  const compact = isCompact(width);
  const fontSize = chartFontSize(width);
  const left = compact ? LEFT_MARGIN.compact : LEFT_MARGIN.regular;
  const right = width - RIGHT_MARGIN;
  const x = timeScale(timeDomain(rows.map((r) => spanOf(r.period_start, r.period_end))), left + TIME_INSET, right - TIME_INSET);
  const gap = fontSize * 2 + PANEL_GAP_EXTRA;
  let top = fontSize + FIRST_PANEL_DROP;
  const panels = facets(rows).map((f) => {
    const spec: PanelSpec = { currency: f.currency, rows: f.rows, top, height: panelHeight(f.rows.length, compact) };
    top += spec.height + gap;
    return spec;
  });
  const lastBottom = top - gap;
  return { compact, fontSize, left, right, x, panels, legendTop: lastBottom + fontSize + LEGEND_GAP };
}
