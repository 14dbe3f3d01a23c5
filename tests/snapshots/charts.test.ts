/**
 * One named SVG snapshot per chart and width, drawn from a frozen copy of the
 * datasets (tests/fixtures/data/charts/) so that data updates do not churn goldens.
 */
import { join } from "node:path";
import { describe, test } from "vitest";
import { WIDTHS } from "../../src/lib/charts/core/definition.ts";
import { pageSvg } from "../../src/lib/charts/core/frame.ts";
import { renderSvg } from "../../src/lib/charts/core/svg-tree.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { expectGolden } from "./golden-file.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../fixtures/data/charts"));

describe.each(CHARTS.map((c) => [c.id, c] as const))("chart %s", (id, chart) => {
  test.each(Object.entries(WIDTHS))("%s width matches its golden SVG", (name, width) => {
    expectGolden(`${id}-${name}.svg`, renderSvg(pageSvg(chart.build(datasets, width), chart.title, id)));
  });
});
