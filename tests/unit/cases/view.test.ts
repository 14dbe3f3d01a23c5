import { describe, expect, it } from "vitest";
import { caseView, caseViews, yearsText } from "../../../src/lib/cases/view.ts";
import { caseStep, courtCase, source } from "../site/rows.ts";

const sources = [source({ id: "s1", title: "First" }), source({ id: "s2", title: "Second" }), source({ id: "s3", title: "Third" })];

describe("caseView(row, steps, sources)", () => {
  const row = courtCase({ id: "c1", status: "charged", status_date: "2024-07-25", platforms: ["Facebook", "social-media"], source_id: "s2" });
  const steps = [
    caseStep({ id: "later", case_id: "c1", date: "2024-07-25", step: "reported", source_id: "s1" }),
    caseStep({ id: "other-case", case_id: "c2", date: "2020-01-01", source_id: "s3" }),
    caseStep({ id: "arrest", case_id: "c1", date: "2023-04", step: "arrest", source_id: "s2" }),
  ];
  const view = caseView(row, steps, sources);

  it("states the status with the date it was reported", () => {
    expect(view.statusLabel).toBe("Charged");
    expect(view.statusText).toBe("Charged, as of 25 July 2024");
  });

  it("labels platforms, keeping their codes for the filters", () => {
    expect(view.platforms).toEqual([
      { value: "Facebook", label: "Facebook" },
      { value: "social-media", label: "Social media (not named)" },
    ]);
  });

  it("takes only this case's steps, in date order, with dates at their precision and labels", () => {
    expect(view.steps.map((s) => [s.id, s.dateText, s.label])).toEqual([
      ["arrest", "April 2023", "Arrest"],
      ["later", "25 July 2024", "Reported"],
    ]);
  });

  it("numbers sources by first citation: the case's own, then the steps' in timeline order, each once", () => {
    expect(view.source.n).toBe(1);
    expect(view.steps.map((s) => s.source.n)).toEqual([1, 2]);
    expect(view.sources.map((s) => [s.n, s.source.id])).toEqual([
      [1, "s2"],
      [2, "s1"],
    ]);
  });

  it("spans the years of its steps", () => {
    expect(view.years).toEqual([2023, 2024]);
  });

  it("marks offences as allegations until a conviction", () => {
    expect(view.convicted).toBe(false);
    expect(view.offencesLabel).toBe("Offences charged (allegations, not proved)");
    expect(caseView({ ...row, status: "arrested" }, steps, sources).offencesLabel).toBe("Offences alleged (not proved)");
    expect(caseView({ ...row, status: "sentenced" }, steps, sources).offencesLabel).toBe("Offences (convicted)");
    const convictedStep = [...steps, caseStep({ id: "verdict", case_id: "c1", date: "2024-06", step: "conviction" })];
    expect(caseView({ ...row, status: "deported" }, convictedStep, sources).convicted).toBe(true);
  });

  it("keeps hostile text as it is (pages render it as text)", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const v = caseView({ ...row, title: hostile, people: hostile }, [], sources);
    expect(v.title).toBe(hostile);
    expect(v.people).toBe(hostile);
    expect(v.steps).toEqual([]);
    expect(v.years).toEqual([]);
  });

  it("throws on a source id that is not in sources (data that bypassed validation)", () => {
    expect(() => caseView({ ...row, source_id: "missing" }, [], sources)).toThrow(/missing/);
  });
});

describe("caseViews(data)", () => {
  it("lists the most recent status first; equal dates keep file order", () => {
    const cases = [
      courtCase({ id: "old", status_date: "2019-08-08" }),
      courtCase({ id: "new", status_date: "2025-01-27" }),
      courtCase({ id: "month", status_date: "2024-07" }),
      courtCase({ id: "day", status_date: "2024-07-31" }),
      courtCase({ id: "mid", status_date: "2024-07-25" }),
    ];
    expect(caseViews({ cases, case_steps: [], sources }).map((v) => v.id)).toEqual(["new", "month", "day", "mid", "old"]);
  });
});

describe("yearsText(years)", () => {
  it.each([
    [[], ""],
    [[2024], "2024"],
    [[2023, 2024], "2023 and 2024"],
    [[2023, 2024, 2025], "2023, 2024 and 2025"],
  ] as const)("%j -> %j", (years, expected) => {
    expect(yearsText(years)).toBe(expected);
  });
});
