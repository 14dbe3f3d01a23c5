/** The takedowns-over-time chart on the frozen fixture data, and its label-placement helper on hand-made cases. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { chartFontSize, WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { pageSvg } from "../../../src/lib/charts/core/frame.ts";
import { renderSvg, walk, type SvgElement, type SvgNode } from "../../../src/lib/charts/core/svg-tree.ts";
import { endOf, midOf, startOf } from "../../../src/lib/charts/core/time.ts";
import {
  buildTakedownsOverTime,
  conflictPairs,
  exclusions,
  keyEvents,
  layout,
  periodFigures,
  runningTotals,
  takedownsOverTime,
  UNIT_CLASS,
} from "../../../src/lib/charts/takedowns-over-time/index.ts";
import { boxesOverlap, segmentHitsBox, type Box } from "../../../src/lib/charts/core/boxes.ts";
import { around, dodgeX, gapsAround, placeLabels } from "../../../src/lib/charts/core/label-placement.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { unitLabel } from "../../../src/lib/format/labels.ts";
import { figureText } from "../../../src/lib/charts/takedowns-over-time/data.ts";
import { placedTexts, type PlacedText } from "./layout.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const widths = Object.entries(WIDTHS);

const TOTALS = ["nca-2023-04-cumulative", "nca-2023-04-restated", "nca-2024-06-cumulative", "nca-2024-12-cumulative", "nca-2025-03-bbc", "nca-2025-12-cumulative"];
const PERIODS = ["nca-2023-year", "nca-2024-06-year", "nca-2024-year", "ho-2025-03-since-july", "nca-2025-year"];
const EVENTS = ["nca-action-plan-launch", "osa-illegal-content-duties", "s17-offence-in-force"];
const CONFLICTS = ["nca-2023-04-cumulative", "nca-2023-04-restated", "nca-2024-12-cumulative", "nca-2025-03-bbc", "ho-2025-03-since-july"];

const textOf = (node: SvgNode): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));
const classOf = (e: SvgElement) => String(e.attrs["class"] ?? "").split(" ");
const datum = (plot: readonly SvgNode[], id: string): SvgElement => {
  const found = plot.flatMap(walk).find((e) => e.tag === "g" && e.attrs["data-id"] === id);
  if (!found) throw new Error(`no datum ${id}`);
  return found;
};
const overlaps = (texts: readonly PlacedText[]) =>
  texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => boxesOverlap(a, b)).map((b) => `${a.text} / ${b.text}`));

describe("takedownsOverTime.rows(data) and the selection behind it", () => {
  test("draws the NCA and Home Office removals after referral since the action plan, totals then periods, in time order", () => {
    expect(runningTotals(datasets).map((r) => r.id)).toEqual(TOTALS);
    expect(periodFigures(datasets).map((r) => r.id)).toEqual(PERIODS);
    expect(takedownsOverTime.rows(datasets).map((d) => [d.dataset, d.rows.map((r) => r.id)])).toEqual([
      ["takedowns", [...TOTALS, ...PERIODS]],
      ["events", EVENTS],
    ]);
  });

  test("leaves out the percentage, the 2020 figures and Europol's counts, each for its reason", () => {
    const left = Object.fromEntries([...exclusions(datasets)].map(([reason, rows]) => [reason, rows.map((r) => r.id)]));
    expect(left).toEqual({
      "before-plan": ["hac-2020-referred", "hac-2020-closed", "hac-2020-still-open", "hac-2020-pending"],
      "not-a-count": ["nca-2024-2025-removed-share"],
      "other-body": ["europol-2015-reported", "europol-2016-reported", "europol-2021-12-belarus"],
    });
    const drawn = [...TOTALS, ...PERIODS, ...Object.values(left).flat()];
    expect(drawn.sort()).toEqual(datasets.takedowns.map((t) => t.id).sort());
  });

  test("throws a clear error naming a missing key event", () => {
    const events = datasets.events.filter((e) => e.id !== "osa-illegal-content-duties");
    expect(() => keyEvents(events)).toThrow(/events\.csv has no row with id osa-illegal-content-duties/);
    expect(() => takedownsOverTime.build({ ...datasets, events }, 720)).toThrow(/osa-illegal-content-duties/);
  });

  test("the tables hold the drawn rows with qualifier, unit as stated, period, body and conflicts", () => {
    const [figures, events] = takedownsOverTime.tables(datasets);
    expect(figures?.columns.map((c) => c.label)).toEqual([
      "Shown as",
      "Period covered",
      "Figure as stated",
      "Qualifier",
      "Unit (colour)",
      "Unit as stated",
      "Counts",
      "Reported by",
      "As worded by the source",
      "Conflicts with",
    ]);
    expect(figures?.rows.find((r) => r.id === "ho-2025-03-since-july")?.cells).toEqual([
      "Period figure (bottom)",
      "Jul 2024 – Mar 2025",
      "18,000",
      "none (exact)",
      "accounts",
      "social media accounts",
      "removed after referral, in the stated period only",
      "Home Office",
      "18,000",
      "nearly 18,000 accounts, pages, posts (Nov 2021 – Mar 2025)",
    ]);
    expect(events?.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ["December 2021", "NCA action plan"],
      ["17 March 2025", "Online Safety Act duties"],
      ["2 February 2026", "s.17 advert offence"],
    ]);
  });
});

describe.each(widths)("buildTakedownsOverTime(data, %s width)", (name, width) => {
  const g = layout(datasets, width);
  const model = buildTakedownsOverTime(datasets, width);
  const compact = name === "compact";

  test.each([
    ["nca-2023-04-cumulative", false, ">3,300"],
    ["nca-2023-04-restated", false, "≈3,300"],
    ["nca-2024-06-cumulative", false, "≈12,000"],
    ["nca-2024-12-cumulative", false, ">16,500"],
    ["nca-2025-03-bbc", false, "≈18,000"],
    ["nca-2025-12-cumulative", false, ">27,000"],
    ["nca-2023-year", true, "5,600"],
    ["nca-2024-06-year", false, "≈9,000"],
    ["nca-2024-year", false, ">8,000"],
    ["ho-2025-03-since-july", true, "18,000"],
    ["nca-2025-year", false, "≈10,700"],
  ] as const)("%s: filled %s, label starts %j", (id, filled, figure) => {
    const group = datum(model.plot, id);
    const mark = walk(group).find((e) => e.tag === "path" && classOf(e).includes("mark"));
    expect(mark && classOf(mark)).toContain(filled ? "mark-filled" : "mark-open");
    const label = walk(group).find((e) => e.tag === "text");
    expect(label && textOf(label).startsWith(figure)).toBe(true);
  });

  test("each mark, bar and solid guide line carries exactly one unit's colour, and dashed lines mark unit changes", () => {
    for (const p of g.points) expect(p.unitClass).toBe(UNIT_CLASS[p.row.unit]);
    expect(g.connectors.map((c) => [c.from, c.to, c.unit])).toEqual([
      ["nca-2023-04-cumulative", "nca-2023-04-restated", "posts-pages-accounts"],
      ["nca-2023-04-restated", "nca-2024-06-cumulative", "posts-pages-accounts"],
      ["nca-2024-06-cumulative", "nca-2024-12-cumulative", null],
      ["nca-2024-12-cumulative", "nca-2025-03-bbc", null],
      ["nca-2025-03-bbc", "nca-2025-12-cumulative", "posts-pages-accounts"],
    ]);
    const unitOf = new Map(g.points.map((p) => [p.row.id, p.row.unit]));
    for (const c of g.connectors) expect(c.unit === null).toBe(unitOf.get(c.from) !== unitOf.get(c.to));
    const guides = model.plot.flatMap(walk).filter((e) => classOf(e).includes("guide"));
    expect(guides.map((e) => classOf(e).filter((c) => c.startsWith("series-") || c === "unit-change"))).toEqual([
      ["series-1"],
      ["series-1"],
      ["unit-change"],
      ["unit-change"],
      ["series-1"],
    ]);
    expect(g.points.some((p) => p.row.unit === "percent")).toBe(false);
  });

  test("every unit drawn is named in the legend, and at the regular width in each label too", () => {
    const legend = model.plot.find((n): n is SvgElement => typeof n !== "string" && n.attrs["class"] === "legend");
    const legendTexts = legend ? walk(legend).filter((e) => e.tag === "text").map(textOf) : [];
    for (const unit of new Set(g.points.map((p) => p.row.unit))) expect(legendTexts).toContain(unitLabel(unit));
    for (const p of g.points) {
      const text = p.lines.join(" ");
      if (compact) expect(text).not.toContain(unitLabel(p.row.unit));
      else expect(text).toContain(unitLabel(p.row.unit));
      if (p.row.reporting_body !== "National Crime Agency") expect(text).toContain(p.row.reporting_body);
    }
    // On a phone the key keeps the colours and the ring; the notes say what shapes, bars and the dashed line mean.
    if (compact) expect(legendTexts).toEqual([...new Set(g.points.map((p) => unitLabel(p.row.unit)))].concat("Conflicts with another published figure"));
    else expect(legendTexts).toEqual(expect.arrayContaining(["Exact figure", "Conflicts with another published figure", "Unit differs between the totals joined"]));
  });

  test("no two labels overlap, every label stays inside, and none is smaller than chartFontSize(width)", () => {
    for (const p of g.points) expect(p.label.clear, p.row.id).toBe(true);
    for (const e of g.events) expect(e.label.clear, e.row.id).toBe(true);
    const texts = placedTexts(pageSvg(model, "t", "t"));
    expect(overlaps(texts)).toEqual([]);
    for (const t of texts) {
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(width);
      expect(t.top).toBeGreaterThanOrEqual(0);
      expect(t.bottom).toBeLessThanOrEqual(model.height);
    }
    const sizes = model.plot.flatMap(walk).filter((e) => e.tag === "text").map((e) => Number(e.attrs["font-size"]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(chartFontSize(width));
    // Data labels stay in their own panel.
    for (const p of g.points) {
      const panel = p.panel === "totals" ? g.totals : g.periods;
      expect(p.label.box.top).toBeGreaterThanOrEqual(panel.top);
      expect(p.label.box.bottom).toBeLessThanOrEqual(panel.bottom);
    }
  });

  test("event lines sit at the middle of their date on the shared time scale", () => {
    expect(g.events.map((e) => e.row.id)).toEqual(EVENTS);
    for (const e of g.events) {
      expect(e.x).toBeCloseTo(g.x(midOf(e.row.date)), 6);
      const lines = walk(datum(model.plot, e.row.id)).filter((n) => n.tag === "line");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const l of lines) {
        expect(l.attrs["x1"]).toBeCloseTo(e.x, 1);
        expect(classOf(l)).toContain("chart-event");
      }
    }
    const [plan, osa, s17] = g.events;
    // December 2021 is a month: its middle; the two others are days: noon.
    expect(plan?.x).toBeCloseTo(g.x(new Date(Date.UTC(2021, 11, 16, 12))), 6);
    expect(osa?.x).toBeCloseTo(g.x(new Date(Date.UTC(2025, 2, 17, 12))), 6);
    expect(s17?.x).toBeCloseTo(g.x(new Date(Date.UTC(2026, 1, 2, 12))), 6);
    const [x0, x1] = g.x.range() as [number, number];
    for (const e of g.events) expect(e.x > x0 && e.x < x1).toBe(true);
  });

  test("totals sit at the end of their period and bars span exactly their period", () => {
    for (const p of g.points) expect(p.trueX).toBeCloseTo(g.x(endOf(p.row.period_end)), 6);
    for (const p of g.points.filter((q) => q.panel === "periods")) {
      expect(p.x).toBeCloseTo(g.x(endOf(p.row.period_end)), 6);
      expect(p.x0).toBeCloseTo(g.x(startOf(p.row.period_start)), 6);
    }
    // Only marks that would hide each other are set apart, by a few units: the two April 2023 totals,
    // and at the compact width also December 2024 and March 2025 (15 units apart there).
    const moved = g.points.filter((p) => Math.abs(p.x - p.trueX) > 0.01).map((p) => p.row.id);
    const pairs = ["nca-2023-04-cumulative", "nca-2023-04-restated"];
    expect(moved).toEqual(compact ? [...pairs, "nca-2024-12-cumulative", "nca-2025-03-bbc"] : pairs);
    for (const p of g.points) expect(Math.abs(p.x - p.trueX)).toBeLessThan(10);
  });

  test("conflict rings are on exactly the rows with conflicts_with, and both sides of each conflict are drawn", () => {
    const ringed = g.points.filter((p) => walk(datum(model.plot, p.row.id)).some((e) => classOf(e).includes("conflict-ring"))).map((p) => p.row.id);
    expect(ringed).toEqual(CONFLICTS);
    expect(ringed).toEqual(g.points.filter((p) => p.row.conflicts_with.length > 0).map((p) => p.row.id));
    for (const ring of model.plot.flatMap(walk).filter((e) => classOf(e).includes("conflict-ring"))) expect(classOf(ring)).toContain("chart-alert");
  });

  test("each datum has a plain-text tooltip and its id; the SVG has no script or link", () => {
    const data = model.plot.flatMap(walk).filter((e) => classOf(e).includes("datum"));
    expect(data.map((d) => d.attrs["data-id"])).toEqual([...EVENTS, ...TOTALS, ...PERIODS]);
    expect(datum(model.plot, "ho-2025-03-since-july").attrs["data-tip"]).toBe(
      "Removed in this period, Jul 2024 – Mar 2025: 18,000 social media accounts (unit: accounts), removed after referral. Reported by Home Office; source: Parliament Today (Home Office press release). Conflicts with another published figure.",
    );
    expect(datum(model.plot, "s17-offence-in-force").attrs["data-tip"]).toBe("2 February 2026: Online advertising offence in force. Source: Home Office (GOV.UK).");
    expect(renderSvg(pageSvg(model, "t", "t"))).not.toMatch(/<script|href|\son[a-z]+=/i);
  });
});

describe("describe(...) for the fixture data", () => {
  test("states what is shown, the range, the latest figures with qualifier and unit, the flags and the events", () => {
    expect(takedownsOverTime.build(datasets, 720).description).toBe(
      "Two panels sharing one time axis show social media content removed after National Crime Agency referrals, in the units each source used, shown by colour (posts, pages and accounts; accounts). " +
        "The figures cover periods ending between 24 April 2023 and December 2025. " +
        "Top panel: running totals, each point a published figure; the latest is more than 27,000 accounts, pages and posts (2021 – Dec 2025), reported by the National Crime Agency. " +
        "Bottom panel: removals within stated periods, each drawn across the period it covers; the latest yearly figure is almost 10,700 accounts, pages and posts in 2025. " +
        "5 figures that conflict with another published figure are flagged with a ring. " +
        "Dashed vertical lines mark: NCA social media action plan launched (December 2021); Online Safety Act illegal-content duties apply (17 March 2025); Online advertising offence in force (2 February 2026).",
    );
  });

  test("the notes explain conflicts pair by pair, the exclusions and the missing 2022 figure", () => {
    const drawn = [...runningTotals(datasets), ...periodFigures(datasets)];
    expect(conflictPairs(drawn).map(([a, b]) => [a.id, b.id])).toEqual([
      ["nca-2023-04-cumulative", "nca-2023-04-restated"],
      ["nca-2024-12-cumulative", "nca-2025-03-bbc"],
      ["nca-2025-03-bbc", "ho-2025-03-since-july"],
    ]);
    const notes = takedownsOverTime.notes(datasets).join("\n");
    expect(notes).toContain("more than 3,300 posts, pages or accounts (Dec 2021 – 24 Apr 2023) against around 3,300 posts, pages or accounts (Dec 2021 – Apr 2023)");
    expect(notes).toContain("18,000 social media accounts (Jul 2024 – Mar 2025, Home Office)");
    expect(notes).toContain("more than 90% of accounts referred to platforms (2024–2025), a share rather than a count");
    expect(notes).toContain("3 Europol figures");
    expect(notes).toContain("No figure for 2022 alone was published");
    expect(notes).toContain("only guides the eye");
  });

  test("figureText reads the schema's \"Not stated\" body out in words, not as a capitalised code mid-sentence", () => {
    const row = datasets.takedowns.find((r) => r.id === "ho-2025-03-since-july");
    if (!row) throw new Error("fixture row ho-2025-03-since-july is missing");
    expect(figureText(row)).toBe("18,000 social media accounts (Jul 2024 – Mar 2025, Home Office)");
    expect(figureText({ ...row, reporting_body: "Not stated" })).toBe("18,000 social media accounts (Jul 2024 – Mar 2025, no reporting body named)");
  });

  test("the notes say what the phone legend leaves out: mark shapes, period bars and the dashed line", () => {
    const notes = takedownsOverTime.notes(datasets).join("\n");
    expect(notes).toContain("A filled mark is an exact figure; a qualified figure is open, and its label starts with the qualifier's symbol: an open circle for ≈ approximate (around, almost, nearly) and an open triangle for > lower bound (more than).");
    expect(notes).toContain("Bars in the lower panel span the period each figure covers");
    expect(notes).toContain("the line joining them is dashed");
  });
});

describe("placeLabels(requests, options)", () => {
  const bounds: Box = { left: 0, top: 0, right: 100, bottom: 100 };

  test("around(x, y, w, h, gap, sides) builds boxes beside, above and below the anchor", () => {
    expect(around(50, 50, 20, 10, 5, ["left", "right", "above-end", "below-start"])).toEqual([
      { box: { left: 25, right: 45, top: 45, bottom: 55 }, align: "end" },
      { box: { left: 55, right: 75, top: 45, bottom: 55 }, align: "start" },
      { box: { left: 30, right: 50, top: 35, bottom: 45 }, align: "end" },
      { box: { left: 50, right: 70, top: 55, bottom: 65 }, align: "start" },
    ]);
  });

  test("the first label takes its first choice; a second that would overlap takes its next", () => {
    const a = { id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) };
    const b = { id: "b", candidates: around(52, 52, 20, 10, 5, ["right", "left"]) };
    const [pa, pb] = placeLabels([a, b], { bounds });
    expect(pa?.align).toBe("start");
    expect(pb?.align).toBe("end");
    expect(pa && pb && boxesOverlap(pa.box, pb.box)).toBe(false);
  });

  test("a candidate crossing an obstacle or leaving the bounds is skipped", () => {
    const line = { x1: 55, y1: 0, x2: 75, y2: 100 };
    const [p] = placeLabels([{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }], { bounds, obstacles: [line] });
    expect(p?.align).toBe("end");
    const [q] = placeLabels([{ id: "b", candidates: around(90, 50, 20, 10, 5, ["right", "left"]) }], { bounds });
    expect(q?.box).toEqual({ left: 65, right: 85, top: 45, bottom: 55 });
  });

  test("when every candidate is taken, the label is nudged vertically to the nearest free place", () => {
    const first = { id: "a", candidates: around(50, 50, 40, 10, 0, ["right"]) };
    const second = { id: "b", candidates: around(50, 50, 40, 10, 0, ["right"]) };
    const [pa, pb] = placeLabels([first, second], { bounds, padding: 1, step: 1 });
    expect(pb?.clear).toBe(true);
    expect(pa && pb && boxesOverlap(pa.box, pb.box, 1)).toBe(false);
    expect(Math.abs((pb?.box.top ?? 0) - 45)).toBe(11);
  });

  test("soft lines are crossed only when nothing else is free, and spaced candidates win", () => {
    const soft = [{ x1: 60, y1: 0, x2: 60, y2: 100 }];
    const [p] = placeLabels([{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }], { bounds, soft });
    expect(p?.align).toBe("end");
    const [, q] = placeLabels(
      [
        { id: "x", candidates: [{ box: { left: 20, right: 45, top: 30, bottom: 40 }, align: "start" as const }] },
        { id: "y", candidates: around(50, 50, 20, 10, 5, ["above-end", "below-start"]) },
      ],
      { bounds, spacing: 10 },
    );
    expect(q?.align).toBe("start");
  });

  test("a label's leader line cannot run through a placed label, and no later label may cross it", () => {
    const leader = { x1: 25, y1: 0, x2: 25, y2: 100 };
    const boxAt = (left: number, top: number): Box => ({ left, right: left + 30, top, bottom: top + 10 });
    const plain = (id: string, ...boxes: Box[]) => ({ id, candidates: boxes.map((box) => ({ box, align: "start" as const })) });
    const led = { id: "led", candidates: [{ box: boxAt(27, 30), align: "start" as const, leader }] };
    expect(placeLabels([plain("a", boxAt(10, 10)), led], { bounds })[1]?.clear).toBe(false);
    expect(placeLabels([led, plain("c", boxAt(10, 50), boxAt(50, 50))], { bounds })[1]?.box.left).toBe(50);
  });

  test("segmentHitsBox, gapsAround and dodgeX", () => {
    const box = { left: 10, right: 20, top: 10, bottom: 20 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 15, y1: 0, x2: 15, y2: 9 }, box)).toBe(false);
    expect(gapsAround(15, 0, 40, [box], 2)).toEqual([
      [0, 8],
      [22, 40],
    ]);
    expect(gapsAround(50, 0, 40, [box])).toEqual([[0, 40]]);
    expect(dodgeX([{ x: 10, y: 10 }, { x: 12, y: 10 }, { x: 40, y: 10 }, { x: 41, y: 80 }], 10)).toEqual([6, 16, 40, 41]);
  });
});
