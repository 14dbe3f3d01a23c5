/** The case pages' logic against the published data in data/. */
import { describe, expect, it } from "vitest";
import { matchesFilter, NO_FILTER } from "../../../src/lib/cases/filter-state.ts";
import { facetsOf, filterOptions } from "../../../src/lib/cases/options.ts";
import { idCollisions } from "../../../src/lib/cases/page-ids.ts";
import { caseViews } from "../../../src/lib/cases/view.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const { datasets } = loadFromDisk();
const views = caseViews(datasets);

describe("cases in data/", () => {
  it("gives one view per case and keeps every step", () => {
    expect(views).toHaveLength(datasets.cases.length);
    expect(views.reduce((n, v) => n + v.steps.length, 0)).toBe(datasets.case_steps.length);
  });

  it("keeps the curated order of steps, which is already in date order", () => {
    for (const view of views) {
      expect(view.steps.map((s) => s.id)).toEqual(datasets.case_steps.filter((s) => s.case_id === view.id).map((s) => s.id));
    }
  });

  it("has no case id that collides with the list page's own ids", () => {
    expect(idCollisions(views.map((v) => v.id))).toEqual([]);
  });

  it("lets every filter option find at least one case", () => {
    const options = filterOptions(views);
    for (const key of ["platform", "status", "year"] as const) {
      for (const option of options[key]) {
        const shown = views.filter((v) => matchesFilter(facetsOf(v), { ...NO_FILTER, [key]: option.value }));
        expect(shown.length, `${key}=${option.value}`).toBeGreaterThan(0);
      }
    }
  });

  it("never calls a case convicted without a conviction, and never names offences proved otherwise", () => {
    for (const view of views) {
      const steps = datasets.case_steps.filter((s) => s.case_id === view.id).map((s) => s.step);
      const convictedByData = ["awaiting-sentence", "sentenced"].includes(view.status) || steps.includes("conviction") || steps.includes("sentence");
      expect(view.convicted, view.id).toBe(convictedByData);
      if (!view.convicted) expect(view.offencesLabel, view.id).toMatch(/not proved/);
    }
  });
});
