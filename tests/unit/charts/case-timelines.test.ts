import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { caseTimelines } from "../../../src/lib/charts/case-timelines/index.ts";
import { buildCaseTimelines } from "../../../src/lib/charts/case-timelines/draw.ts";
import { compareSteps, lanesOf } from "../../../src/lib/charts/case-timelines/data.ts";
import { rowOffset } from "../../../src/lib/charts/case-timelines/lanes.ts";
import { STEP_STYLES, statusLabel } from "../../../src/lib/charts/case-timelines/steps.ts";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
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

  test("each row ends with the last known status and its date, right of every step", () => {
    const maxX = Math.max(...datasets.case_steps.map((s) => centreOf(markOf(marks.get(s.id)!)).x));
    for (const c of datasets.cases) {
      const g = marks.get(c.id)!;
      expect(texts(g)).toEqual(expect.arrayContaining([statusLabel(c.status), formatDate(c.status_date, "short")]));
      const status = g.children.find((n) => typeof n !== "string" && n.tag === "text" && n.children[0] === statusLabel(c.status));
      expect(Number(typeof status === "string" ? 0 : status?.attrs["x"])).toBeGreaterThan(maxX + radius);
      expect(String(g.attrs["data-tip"])).toContain(c.title);
    }
  });

  test("no two labels overlap", () => {
    expect(overlappingTexts(model)).toEqual([]);
  });
});

test("a long title is cut to fit at the compact width, and kept whole in the tooltip", () => {
  const g = datums(buildCaseTimelines(datasets, WIDTHS.compact)).get("vietnamese-facebook-network")!;
  expect(texts(g)[0]).toMatch(/^Alleged Facebook smuggling adverts: .*…$/);
  expect(String(g.attrs["data-tip"])).toBe(
    "Alleged Facebook smuggling adverts: joint UK and French operation (Croydon, London and Leicester). Last known status: charged, as reported on 25 July 2024.",
  );
  expect(String(datums(buildCaseTimelines(datasets, WIDTHS.compact)).get("caerphilly-arrest")?.attrs["data-tip"])).toBe(
    "Arrest, April 2023 (only the month is known): The two men were arrested in an NCA investigation supported by Gwent Police.",
  );
});

test("the legend lists the kinds of step present, and the open-mark convention", () => {
  expect(byClass(root(buildCaseTimelines(datasets, WIDTHS.regular)), "legend").flatMap(texts)).toEqual([
    "Arrest",
    "Charge",
    "Court appearance",
    "Conviction",
    "Sentence",
    "Deportation",
    "Page closed",
    "Status reported",
    "Open mark on a bar: only the month or year is known",
  ]);
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
