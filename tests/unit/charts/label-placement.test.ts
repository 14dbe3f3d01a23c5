import { describe, expect, test } from "vitest";
import { boxesOverlap, boxInside, overlappingPairs, type Box } from "../../../src/lib/charts/core/boxes.ts";
import { around, placeLabels, type LabelRequest, type PlaceOptions } from "../../../src/lib/charts/core/label-placement.ts";

const box = (left: number, right: number, top = 0, bottom = 10) => ({ left, right, top, bottom });

describe("boxesOverlap, boxInside, overlappingPairs", () => {
  test("touching boxes do not overlap unless closer than the pad", () => {
    expect(boxesOverlap(box(0, 10), box(10, 20))).toBe(false);
    expect(boxesOverlap(box(0, 10), box(9, 20))).toBe(true);
    expect(boxesOverlap(box(0, 10), box(11, 20), 2)).toBe(true);
    expect(boxesOverlap(box(0, 10, 0, 10), box(0, 10, 10, 20))).toBe(false);
  });

  test("finds every overlapping pair once", () => {
    expect(overlappingPairs([box(0, 10), box(5, 15), box(20, 30), box(25, 26)])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(boxInside(box(1, 9, 1, 9), box(0, 10))).toBe(true);
    expect(boxInside(box(-1, 9), box(0, 10))).toBe(false);
  });
});

/** A request whose candidates are plain boxes, in order of preference. */
const request = (id: string, ...boxes: Box[]): LabelRequest => ({ id, candidates: boxes.map((b) => ({ box: b, align: "start" as const })) });
const bounds = box(0, 100, 0, 100);
const vertical = (x: number) => ({ x1: x, x2: x, y1: 0, y2: 100 });

// Each expected placement was worked out by hand from the rule: first candidate inside the bounds and clear
// (labels by `padding`, box obstacles by `obstaclePadding`, lines not crossing); then one off soft lines and
// `spacing` away; else nudged up or down in `step`s (+2, -2, +4...), or left out with `leaveOut`.
const cases: { name: string; requests: LabelRequest[]; options: PlaceOptions; expected: { id: string; box: Box; align?: string; clear?: boolean }[] }[] = [
  {
    name: "the first candidate when it is free (right of the mark, 5 away, centred on it)",
    requests: [{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }],
    options: { bounds },
    expected: [{ id: "a", box: box(55, 75, 45, 55), align: "start", clear: true }],
  },
  {
    name: "a box obstacle on the first candidate sends the label to the second (left, text right-aligned)",
    requests: [{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }],
    options: { bounds, obstacles: [box(60, 70, 40, 60)] },
    expected: [{ id: "a", box: box(25, 45, 45, 55), align: "end", clear: true }],
  },
  {
    name: "a line through the first candidate counts as an obstacle too",
    requests: [{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }],
    options: { bounds, obstacles: [vertical(60)] },
    expected: [{ id: "a", box: box(25, 45, 45, 55), align: "end", clear: true }],
  },
  {
    name: "a candidate outside the bounds is skipped",
    requests: [request("a", box(90, 120), box(60, 80))],
    options: { bounds },
    expected: [{ id: "a", box: box(60, 80), clear: true }],
  },
  {
    name: "earlier labels win: the second label takes its next candidate",
    requests: [request("a", box(0, 20), box(30, 50)), request("b", box(0, 20), box(30, 50))],
    options: { bounds },
    expected: [
      { id: "a", box: box(0, 20), clear: true },
      { id: "b", box: box(30, 50), clear: true },
    ],
  },
  {
    name: "the advertised-prices case: clear of a padded obstacle and of the label before",
    requests: [request("a", box(0, 20), box(0, 20, 20, 30)), request("b", box(10, 30), box(10, 30, 20, 30), box(10, 30, 40, 50))],
    options: { bounds, obstacles: [box(0, 20)], padding: 1, obstaclePadding: 1, leaveOut: true },
    expected: [
      { id: "a", box: box(0, 20, 20, 30) },
      { id: "b", box: box(10, 30, 40, 50) },
    ],
  },
  {
    name: "obstaclePadding 0: a box 1 unit away does not block",
    requests: [request("a", box(10, 20, 10, 20))],
    options: { bounds, obstacles: [box(21, 30, 10, 20)], leaveOut: true },
    expected: [{ id: "a", box: box(10, 20, 10, 20) }],
  },
  {
    name: "obstaclePadding 2: the same box blocks, and leaveOut drops the label",
    requests: [request("a", box(10, 20, 10, 20))],
    options: { bounds, obstacles: [box(21, 30, 10, 20)], obstaclePadding: 2, leaveOut: true },
    expected: [],
  },
  {
    name: "a soft line is avoided when another candidate is free",
    requests: [{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right", "left"]) }],
    options: { bounds, soft: [vertical(60)] },
    expected: [{ id: "a", box: box(25, 45, 45, 55), align: "end", clear: true }],
  },
  {
    name: "a soft line is covered when nothing else is free, and the label still counts as clear",
    requests: [{ id: "a", candidates: around(50, 50, 20, 10, 5, ["right"]) }],
    options: { bounds, soft: [vertical(60)] },
    expected: [{ id: "a", box: box(55, 75, 45, 55), align: "start", clear: true }],
  },
  {
    name: "no free candidate: nudged by the smallest step that clears (+12, as +2..+10 and -2..-10 stay within padding 1)",
    requests: [request("a", box(0, 20, 40, 50)), request("b", box(0, 20, 40, 50))],
    options: { bounds },
    expected: [
      { id: "a", box: box(0, 20, 40, 50), clear: true },
      { id: "b", box: box(0, 20, 52, 62), clear: true },
    ],
  },
];

describe("placeLabels(requests, options): the one label-placement engine", () => {
  test.each(cases)("$name", ({ requests, options, expected }) => {
    const placed = placeLabels(requests, options);
    expect(placed.map((p) => ({ id: p.id, box: p.box }))).toEqual(expected.map((e) => ({ id: e.id, box: e.box })));
    expected.forEach((e, i) => {
      if (e.align !== undefined) expect(placed[i]?.align).toBe(e.align);
      if (e.clear !== undefined) expect(placed[i]?.clear).toBe(e.clear);
    });
  });

  test("no two placed labels overlap in any case", () => {
    for (const { requests, options } of cases) expect(overlappingPairs(placeLabels(requests, options).map((p) => p.box))).toEqual([]);
  });

  test("boxInside agrees with the bounds check the engine applies", () => {
    for (const { requests, options } of cases) for (const p of placeLabels(requests, options)) expect(boxInside(p.box, options.bounds)).toBe(true);
  });

  test("boxesOverlap is symmetric", () => {
    expect(boxesOverlap(box(0, 10), box(5, 15))).toBe(boxesOverlap(box(5, 15), box(0, 10)));
  });
});
