import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { caseTimelines } from "../../../src/lib/charts/case-timelines/index.ts";
import { buildCaseTimelines } from "../../../src/lib/charts/case-timelines/draw.ts";
import { compareSteps, lanesOf } from "../../../src/lib/charts/case-timelines/data.ts";
import { rowOffset, stackSteps } from "../../../src/lib/charts/case-timelines/stack.ts";
import { STEP_STYLES, statusLabel, stepLabel } from "../../../src/lib/charts/case-timelines/steps.ts";
import { chartFontSize, WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { hitSize } from "../../../src/lib/charts/core/hit-area.ts";
import { walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { BASELINE_TO_CENTRE, textWidth } from "../../../src/lib/charts/core/text.ts";
import { precisionOf } from "../../../src/lib/charts/core/time-axis.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import type { CaseStep } from "../../../src/lib/data/schemas.ts";
import { formatDate } from "../../../src/lib/format/dates.ts";
import { byClass, centreOf, classOf, datums, markOf, overlappingTexts, root, spanOfDatum, texts } from "./svg-query.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const steps = new Map(datasets.case_steps.map((s) => [s.id, s]));
const step = (id: string): CaseStep => {
  const s = steps.get(id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe("lanesOf(cases, steps)", () => {
  const lanes = lanesOf(datasets.cases, datasets.case_steps);

  test("one lane per case, ordered by its first step", () => {
    expect(lanes.map((l) => l.kase.id)).toEqual(["albanians-in-london-page", "caerphilly-car-wash", "vietnamese-facebook-network", "preston-zada"]);
  });

  test("steps in date order; a month-only charge does not jump ahead of the arrest in that month", () => {
    expect(lanes.map((l) => l.steps.map((s) => s.id))).toEqual([
      ["albanians-deportation", "albanians-page-closed", "albanians-reported"],
      ["caerphilly-arrest", "caerphilly-charge", "caerphilly-conviction", "caerphilly-reported"],
      ["vietnamese-arrest", "vietnamese-charge", "vietnamese-first-court", "vietnamese-reported"],
      ["preston-arrest", "preston-reported", "preston-conviction", "preston-sentence"],
    ]);
    expect(compareSteps(step("vietnamese-charge"), step("vietnamese-arrest"))).toBeGreaterThan(0);
    expect(compareSteps(step("caerphilly-arrest"), step("caerphilly-charge"))).toBeLessThan(0);
  });

  test("stack rows alternate above and below the line", () => {
    expect([0, 1, 2, 3, 4].map(rowOffset)).toEqual([0, -1, 1, -2, 2]);
  });
});

describe.each(Object.entries(WIDTHS))("buildCaseTimelines(data, %s width)", (_name, width) => {
  const model = buildCaseTimelines(datasets, width);
  const marks = datums(model);
  const radius = width < 500 ? 4 : 4.5;

  test("one datum per case and per step", () => {
    expect([...marks.keys()].sort()).toEqual([...datasets.cases.map((c) => c.id), ...datasets.case_steps.map((s) => s.id)].sort());
  });

  test("each kind of step has its own mark: one shape and colour per kind, different kinds never alike", () => {
    const looks = new Map<string, Set<string>>();
    for (const s of datasets.case_steps) {
      const mark = markOf(marks.get(s.id)!);
      expect(classOf(mark)).toContain(STEP_STYLES[s.step].className);
      // Same path and colour, or same path turned upside down (rotate(180)), would look alike.
      const turned = String(mark.attrs["transform"]).includes("rotate(180)");
      const look = `${String(mark.attrs["d"])} ${turned ? "down" : "up"} ${STEP_STYLES[s.step].className}`;
      looks.set(s.step, (looks.get(s.step) ?? new Set()).add(look));
    }
    for (const set of looks.values()) expect(set.size).toBe(1);
    const all = [...looks.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(all.length);
  });

  test("a month or year is an open mark in the middle of a bar across it; a day is a filled mark without one", () => {
    for (const s of datasets.case_steps) {
      const g = marks.get(s.id)!;
      const bar = spanOfDatum(g);
      const cls = classOf(markOf(g));
      if (precisionOf(s.date) === "day") {
        expect(bar, s.id).toBeNull();
        expect(cls).toContain("mark-filled");
      } else {
        expect(bar, s.id).not.toBeNull();
        expect(cls).toContain("mark-open");
        const [x0, x1] = bar ?? [0, 0];
        expect(centreOf(markOf(g)).x).toBeCloseTo((x0 + x1) / 2, 1);
      }
    }
    const [y0, y1] = spanOfDatum(marks.get("albanians-page-closed")!) ?? [0, 0];
    const [m0, m1] = spanOfDatum(marks.get("albanians-deportation")!) ?? [0, 0];
    expect((m1 - m0) / (y1 - y0)).toBeCloseTo(31 / 365, 1);
  });

  test("steps on the same day are stacked, at the same x; no two marks of a case overlap", () => {
    const conviction = centreOf(markOf(marks.get("preston-conviction")!));
    const sentence = centreOf(markOf(marks.get("preston-sentence")!));
    expect(sentence.x).toBe(conviction.x);
    expect(sentence.y).not.toBe(conviction.y);
    for (const lane of lanesOf(datasets.cases, datasets.case_steps)) {
      const centres = lane.steps.map((s) => centreOf(markOf(marks.get(s.id)!)));
      centres.forEach((a, i) =>
        centres.slice(i + 1).forEach((b) => {
          expect(Math.abs(a.x - b.x) >= 2 * radius - 0.01 || Math.abs(a.y - b.y) >= 2 * radius).toBe(true);
        }),
      );
    }
  });

  test("each row gives the last known status and its date: at the end of the row right of every step, or on a phone in the case's header", () => {
    const maxX = Math.max(...datasets.case_steps.map((s) => centreOf(markOf(marks.get(s.id)!)).x));
    for (const c of datasets.cases) {
      const g = marks.get(c.id)!;
      expect(String(g.attrs["data-tip"])).toContain(c.title);
      if (width < 500) {
        expect(texts(g)).toContain(`Status: ${statusLabel(c.status).toLowerCase()}, ${formatDate(c.status_date, "short")}`);
        continue;
      }
      expect(texts(g)).toEqual(expect.arrayContaining([statusLabel(c.status), formatDate(c.status_date, "short")]));
      const status = g.children.find((n) => typeof n !== "string" && n.tag === "text" && n.children[0] === statusLabel(c.status));
      expect(Number(typeof status === "string" ? 0 : status?.attrs["x"])).toBeGreaterThan(maxX + radius);
    }
  });

  test("each step is labelled with its kind beside its mark, on the mark's row", () => {
    for (const s of datasets.case_steps) {
      const g = marks.get(s.id)!;
      const centre = centreOf(markOf(g));
      const label = walk(g).find((e) => classOf(e).includes("step-label"))!;
      expect(texts(g)).toEqual([stepLabel(s.step)]);
      expect(Number(label.attrs["y"]) - centre.y).toBeCloseTo(BASELINE_TO_CENTRE * chartFontSize(width), 1);
      // Just past the mark, or past the end of its bar when it has one.
      const [x0, x1] = spanOfDatum(g) ?? [centre.x, centre.x];
      const right = label.attrs["text-anchor"] !== "end";
      const gap = right ? Number(label.attrs["x"]) - Math.max(centre.x + radius, x1) : Math.min(centre.x - radius, x0) - Number(label.attrs["x"]);
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThan(2 * radius);
    }
  });

  test("every title is wrapped whole within the width, never cut", () => {
    for (const c of datasets.cases) {
      const bold = walk(marks.get(c.id)!).filter((e) => e.tag === "text" && e.attrs["font-weight"] === "bold");
      const lines = bold.flatMap(texts);
      expect(lines.join(" ")).toBe(c.title);
      for (const line of lines) expect(textWidth(line, chartFontSize(width), true)).toBeLessThanOrEqual(width);
    }
  });

  test("no two tap targets overlap, each is at least hitSize square and inside the drawing", () => {
    const hits = walk(root(model)).filter((e) => e.tag === "rect" && classOf(e).includes("hit"));
    expect(hits).toHaveLength(datasets.case_steps.length);
    const boxes = hits.map((h) => {
      const [x, y, w, h2] = ["x", "y", "width", "height"].map((k) => Number(h.attrs[k]));
      return { left: x ?? 0, top: y ?? 0, right: (x ?? 0) + (w ?? 0), bottom: (y ?? 0) + (h2 ?? 0) };
    });
    for (const b of boxes) {
      expect(b.right - b.left).toBeGreaterThanOrEqual(hitSize(width) - 0.01);
      expect(b.bottom - b.top).toBeGreaterThanOrEqual(hitSize(width) - 0.01);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(width);
    }
    const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;
    const pairs = boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b, j) => (overlap(a, b) ? [`hit ${i} x hit ${i + 1 + j}`] : [])));
    expect(pairs).toEqual([]);
  });

  test("no two labels overlap", () => {
    expect(overlappingTexts(model)).toEqual([]);
  });
});

test("a long title wraps onto two lines at the compact width, and is kept whole in the tooltip", () => {
  const g = datums(buildCaseTimelines(datasets, WIDTHS.compact)).get("vietnamese-facebook-network")!;
  expect(texts(g).slice(0, 2)).toEqual(["Alleged Facebook smuggling adverts: joint", "UK and French operation"]);
  expect(String(g.attrs["data-tip"])).toBe(
    "Alleged Facebook smuggling adverts: joint UK and French operation (Croydon, London and Leicester). Last known status: charged, as reported on 25 July 2024.",
  );
  expect(String(datums(buildCaseTimelines(datasets, WIDTHS.compact)).get("caerphilly-arrest")?.attrs["data-tip"])).toBe(
    "Arrest, April 2023 (only the month is known): The two men were arrested in an NCA investigation supported by Gwent Police.",
  );
});

test.each(Object.entries(WIDTHS))("at the %s width the legend keeps only the open-mark convention (steps are labelled directly)", (name, width) => {
  expect(byClass(root(buildCaseTimelines(datasets, width)), "legend").flatMap(texts)).toEqual([
    name === "compact" ? "Open mark on a bar: month or year only" : "Open mark on a bar: only the month or year is known",
  ]);
});

describe("stackSteps(items, options)", () => {
  // 20-unit targets, 8-unit marks and 30-unit labels 8 from the mark's centre, in a 0..200 track.
  const item = (x: number, labelWidth = 30) => ({ x, body: { start: x - 10, end: x + 10 }, mark: { start: x - 4, end: x + 4 }, labelFrom: x + 8, labelTo: x - 8, labelWidth });
  const options = { min: 0, max: 200, line: null, pad: 4 };
  test.each([
    ["one step: on the line, label to the left", [item(100)], [[0, "left"]]],
    ["far apart: both on the line", [item(50), item(150)], [[0, "left"], [0, "left"]]],
    ["near: the second goes above; the third fits on the line once its label goes right", [item(100), item(110), item(120)], [[0, "left"], [-1, "left"], [0, "right"]]],
    ["three at one date: on the line, above, below", [item(100), item(100), item(100)], [[0, "left"], [-1, "left"], [1, "left"]]],
    ["no room on the left: label to the right", [item(10)], [[0, "right"]]],
  ] as const)("%s", (_name, items, expected) => {
    expect(stackSteps(items, options).map((s) => [s.offset, s.side])).toEqual(expected);
  });

  test("a label may not cover the lane's line", () => {
    // No room on the right at 150, and a label on its left would lie on the line from 60 to 150: it goes up a row.
    expect(stackSteps([item(60), item(150)], { ...options, max: 170, line: { start: 60, end: 150 } }).map((s) => [s.offset, s.side])).toEqual([
      [0, "left"],
      [-1, "left"],
    ]);
  });

  test("a stem does not cross a label in a row it passes through, but may pass a mark", () => {
    // Rows 0, -1 and 1 are taken near 103; its stem to row -2 would cross the label of 112 in row -1 ([74, 104]), while
    // its stem to row 2 only passes the target of 96 in row 1.
    const placed = stackSteps([item(100), item(112), item(96), item(103)], options);
    expect(placed.map((s) => s.offset)).toEqual([0, -1, 1, 2]);
  });

  test("four steps at one date stack two above and one below the line, stems through the marks between", () => {
    expect(stackSteps([item(100), item(100), item(100), item(100)], options).map((s) => s.offset)).toEqual([0, -1, 1, -2]);
  });
});

test("describe(lanes) for the fixture data", () => {
  expect(buildCaseTimelines(datasets, WIDTHS.regular).description).toBe(
    "4 enforcement cases, one row each, with 15 dated steps, from March 2019 to 27 January 2025 on a shared time axis. " +
      "'Albanians in London' Facebook page (London): deportation March 2019, page closed 2019, reported 8 August 2019; last known status: closed by its admins (reported 8 August 2019). " +
      "Caerphilly car wash smuggling conspiracy (Caerphilly): arrest April 2023, charge February 2024, conviction 22 November 2024, reported 27 January 2025; last known status: awaiting sentence (reported 27 January 2025). " +
      "Alleged Facebook smuggling adverts: joint UK and French operation (Croydon, London and Leicester): arrest 22 April 2024, charge April 2024, court appearance 23 April 2024, reported 25 July 2024; last known status: charged (reported 25 July 2024). " +
      "Preston smuggler who promoted himself on social media (Preston): arrest 5 May 2024, reported 25 July 2024, conviction 8 November 2024, sentence 8 November 2024; last known status: sentenced (reported 8 November 2024).",
  );
});

test("the tables list the cases and their steps in the order drawn, with each date's precision", () => {
  const [cases, stepTable] = caseTimelines.tables(datasets);
  expect(cases?.rows.map((r) => r.cells[4])).toEqual(["Closed by its admins", "Awaiting sentence", "Charged", "Sentenced"]);
  expect(stepTable?.columns.map((c) => c.label)).toEqual(["Case", "Date", "Date known to the", "Step", "What happened", "Note"]);
  expect(stepTable?.rows.find((r) => r.id === "albanians-page-closed")?.cells.slice(1, 4)).toEqual(["2019", "year", "Page closed"]);
});
