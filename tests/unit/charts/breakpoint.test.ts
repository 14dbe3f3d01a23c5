import { describe, expect, test } from "vitest";
import { COMPACT_BELOW, WIDTHS, isCompact } from "../../../src/lib/charts/core/definition.ts";

describe("isCompact(width)", () => {
  test.each([
    [WIDTHS.compact, true],
    [WIDTHS.regular, false],
    [COMPACT_BELOW - 1, true],
    [COMPACT_BELOW, false],
    [0, true],
  ])("%d -> %s", (width, compact) => {
    expect(isCompact(width)).toBe(compact);
  });

  test("the breakpoint lies between the two drawn widths", () => {
    expect(WIDTHS.compact).toBeLessThan(COMPACT_BELOW);
    expect(WIDTHS.regular).toBeGreaterThan(COMPACT_BELOW);
  });
});
