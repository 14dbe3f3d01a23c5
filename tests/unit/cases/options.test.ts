import { describe, expect, it } from "vitest";
import { facetsOf, filterOptions } from "../../../src/lib/cases/options.ts";
import { caseViews } from "../../../src/lib/cases/view.ts";
import { caseStep, courtCase, source } from "../site/rows.ts";

const views = caseViews({
  sources: [source({ id: "s1" })],
  cases: [
    courtCase({ id: "a", platforms: ["YouTube", "social-media"], status: "sentenced", status_date: "2024-11-08" }),
    courtCase({ id: "b", platforms: ["WhatsApp", "Facebook"], status: "awaiting-sentence", status_date: "2025-01-27" }),
    courtCase({ id: "c", platforms: ["Facebook"], status: "charged", status_date: "2024-07-25" }),
  ],
  case_steps: [
    caseStep({ id: "a1", case_id: "a", date: "2024-05-05" }),
    caseStep({ id: "b1", case_id: "b", date: "2023-04" }),
    caseStep({ id: "b2", case_id: "b", date: "2025-01-27" }),
    caseStep({ id: "c1", case_id: "c", date: "2024" }),
  ],
});

describe("filterOptions(cases)", () => {
  const options = filterOptions(views);

  it("offers only the platforms cases have, in the schema's order", () => {
    expect(options.platform.map((o) => o.value)).toEqual(["Facebook", "YouTube", "WhatsApp", "social-media"]);
    expect(options.platform.at(-1)?.label).toBe("Social media (not named)");
  });

  it("offers only the statuses cases have, in the schema's order, labelled", () => {
    expect(options.status).toEqual([
      { value: "charged", label: "Charged" },
      { value: "awaiting-sentence", label: "Convicted, awaiting sentence" },
      { value: "sentenced", label: "Sentenced" },
    ]);
  });

  it("offers the years of the cases' steps, ascending, without gaps filled in", () => {
    expect(options.year.map((o) => o.value)).toEqual(["2023", "2024", "2025"]);
  });

  it("offers nothing when there are no cases", () => {
    expect(filterOptions([])).toEqual({ platform: [], status: [], year: [] });
  });
});

describe("facetsOf(case)", () => {
  it("gives the platform codes, status and step years as strings", () => {
    const b = views.find((v) => v.id === "b");
    if (!b) throw new Error("case b is missing");
    expect(facetsOf(b)).toEqual({
      platforms: ["WhatsApp", "Facebook"],
      status: "awaiting-sentence",
      years: ["2023", "2025"],
    });
  });
});
