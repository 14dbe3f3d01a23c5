/** Every chart on the site, in the order the charts index lists them. Add a chart module here to publish it. */
import type { ChartDefinition } from "./core/definition.ts";
import { removalsVsArrivals } from "./removals-vs-arrivals.ts";

export const CHARTS: readonly ChartDefinition[] = [removalsVsArrivals];

export function chartById(id: string): ChartDefinition | undefined {
  return CHARTS.find((c) => c.id === id);
}
