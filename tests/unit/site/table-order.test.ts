import { describe, expect, it } from "vitest";
import type { ChartTable } from "../../../src/lib/charts/core/definition.ts";
import { figureFirst, figureFirstOrder } from "../../../src/lib/site/table-order.ts";

const col = (label: string, numeric = false) => ({ label, numeric });

describe("figureFirstOrder(columns)", () => {
  it.each([
    { name: "figure and qualifier move to the front", columns: [col("Shown as"), col("Period"), col("Figure", true), col("Qualifier"), col("Unit")], order: [2, 3, 0, 1, 4] },
    { name: "a table already in order is left alone", columns: [col("Figure", true), col("Qualifier"), col("Period")], order: null },
    { name: "a table without a qualifier is left alone", columns: [col("Year"), col("Arrivals", true)], order: null },
    { name: "a qualifier without a numeric column leads", columns: [col("Period"), col("Qualifier")], order: [1, 0] },
  ])("$name", ({ columns, order }) => {
    expect(figureFirstOrder(columns)).toEqual(order);
  });
});

describe("figureFirst(table)", () => {
  it("moves each row's cells with their headings and keeps everything else", () => {
    const table: ChartTable = {
      dataset: "takedowns",
      caption: "Figures",
      columns: [col("Shown as"), col("Figure as stated", true), col("Qualifier")],
      rows: [
        { id: "a", source_id: "s", cells: ["Running total", "almost 12,000", "almost"] },
        { id: "b", source_id: "s", cells: ["Period figure", "5,600", "none (exact)"] },
      ],
    };
    expect(figureFirst(table)).toEqual({
      dataset: "takedowns",
      caption: "Figures",
      columns: [col("Figure as stated", true), col("Qualifier"), col("Shown as")],
      rows: [
        { id: "a", source_id: "s", cells: ["almost 12,000", "almost", "Running total"] },
        { id: "b", source_id: "s", cells: ["5,600", "none (exact)", "Period figure"] },
      ],
    });
  });
});
