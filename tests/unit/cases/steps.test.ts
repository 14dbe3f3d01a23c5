import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certainlyBefore, orderSteps, stepYears } from "../../../src/lib/cases/steps.ts";

const at = (...dates: string[]) => dates.map((date, i) => ({ id: `s${i}`, date }));
const ids = (steps: readonly { id: string }[]) => steps.map((s) => s.id);

describe("certainlyBefore(a, b)", () => {
  it.each([
    ["2024-04-22", "2024-04-23", true],
    ["2024-04-23", "2024-04-22", false],
    ["2024-04", "2024-04-22", false],
    ["2024-04-22", "2024-04", false],
    ["2024-03", "2024-04-01", true],
    ["2019-03", "2019", false],
    ["2018", "2019-01", true],
    ["2024-05-05", "2024-05-05", false],
  ] as const)("(%s, %s) -> %s", (a, b, expected) => {
    expect(certainlyBefore({ date: a }, { date: b })).toBe(expected);
  });
});

describe("orderSteps(steps)", () => {
  it("sorts full dates", () => {
    expect(ids(orderSteps(at("2024-11-08", "2024-05-05", "2024-07-25")))).toEqual(["s1", "s2", "s0"]);
  });

  it("keeps file order between a month and a day inside it (the charge in April between the arrest and the hearing)", () => {
    expect(ids(orderSteps(at("2024-04-22", "2024-04", "2024-04-23", "2024-07-25")))).toEqual(["s0", "s1", "s2", "s3"]);
  });

  it("keeps file order between a year and the dates inside it", () => {
    expect(ids(orderSteps(at("2019-03", "2019", "2019-08-08")))).toEqual(["s0", "s1", "s2"]);
  });

  it("moves a step listed too early after every step certainly before it", () => {
    expect(ids(orderSteps(at("2025-01-27", "2023-04", "2024-02")))).toEqual(["s1", "s2", "s0"]);
  });

  it("keeps equal dates in file order", () => {
    expect(ids(orderSteps(at("2024-11-08", "2024-11-08")))).toEqual(["s0", "s1"]);
  });

  it("returns an empty list for no steps", () => {
    expect(orderSteps([])).toEqual([]);
  });

  const partialDate = fc
    .record({ y: fc.integer({ min: 2018, max: 2021 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.nat(2) })
    .map(({ y, m, d, p }) => [String(y), String(m).padStart(2, "0"), String(d).padStart(2, "0")].slice(0, p + 1).join("-"));

  it("keeps every step, and never shows one before a step certainly earlier (property)", () => {
    fc.assert(
      fc.property(fc.array(partialDate, { maxLength: 12 }), (dates) => {
        const steps = at(...dates);
        const ordered = orderSteps(steps);
        expect([...ids(ordered)].sort()).toEqual([...ids(steps)].sort());
        ordered.forEach((a, i) => ordered.slice(i + 1).forEach((b) => expect(certainlyBefore(b, a)).toBe(false)));
      }),
    );
  });

  it("is stable: already ordered full dates stay as they are (property)", () => {
    fc.assert(
      fc.property(fc.array(partialDate.filter((d) => d.length === 10), { maxLength: 12 }), (dates) => {
        const steps = at(...[...dates].sort());
        expect(ids(orderSteps(steps))).toEqual(ids(steps));
      }),
    );
  });
});

describe("stepYears(steps)", () => {
  it("gives each year once, ascending, whatever the precision", () => {
    expect(stepYears(at("2025-01-27", "2023-04", "2024-02", "2024-11-22"))).toEqual([2023, 2024, 2025]);
    expect(stepYears(at("2019"))).toEqual([2019]);
    expect(stepYears([])).toEqual([]);
  });
});
